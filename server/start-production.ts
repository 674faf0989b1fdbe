/**
 * `npm start` (after the build) and `npm run serve`: Ponte's production server, always in
 * production mode (decision 0017). NODE_ENV is set here, before React, Remix or anything
 * else loads, because they choose their production or development code when first
 * imported. A different NODE_ENV in the environment (or in .env) is ignored with one line
 * saying so; `npm run dev` is the development server.
 */
const requested = process.env.NODE_ENV;
if (requested !== undefined && requested !== "production") {
  console.warn(
    `Ponte: NODE_ENV=${requested} is ignored: npm start serves the production build in production mode (use npm run dev to develop).`,
  );
}
process.env.NODE_ENV = "production";
await import("../server");
export {};
