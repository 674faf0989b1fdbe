/** Password hashing and policy (app/accounts/password.server.ts, decision 0006). */
import { describe, expect, it } from "vitest";
import {
  ARGON2_PARAMS,
  hashPassword,
  isCommonPassword,
  NewPasswordSchemaServer,
  needsRehash,
  verifyDummyPassword,
  verifyPassword,
} from "~/accounts/password.server";

describe("argon2id hashing", () => {
  it("hashes with the recorded parameters and verifies", async () => {
    const hash = await hashPassword("correct horse battery staple");
    expect(hash).toMatch(
      new RegExp(
        `^\\$argon2id\\$v=19\\$m=${ARGON2_PARAMS.memoryCost},t=${ARGON2_PARAMS.timeCost},p=${ARGON2_PARAMS.parallelism}\\$`,
      ),
    );
    expect(await verifyPassword(hash, "correct horse battery staple")).toBe(true);
    expect(await verifyPassword(hash, "correct horse battery stapl")).toBe(false);
    expect(needsRehash(hash)).toBe(false);
  });

  it("salts every hash and treats composed and decomposed input alike", async () => {
    const a = await hashPassword("caffè-latte-forte");
    const b = await hashPassword("caffè-latte-forte");
    expect(a).not.toBe(b);
    expect(await verifyPassword(a, "caffe\u0300-latte-forte")).toBe(true);
  });

  it("never throws on a malformed hash and asks to rehash weaker ones", async () => {
    expect(await verifyPassword("not-a-hash", "whatever-password")).toBe(false);
    expect(needsRehash("$argon2id$v=19$m=4096,t=3,p=1$abc$def")).toBe(true);
    expect(await verifyDummyPassword("anything-at-all")).toBe(false);
  });
});

describe("common passwords", () => {
  it("rejects list entries case-insensitively and accepts unusual ones", () => {
    expect(isCommonPassword("password123")).toBe(true);
    expect(isCommonPassword("QWERTYUIOP")).toBe(true);
    expect(isCommonPassword("1234567890")).toBe(true);
    expect(isCommonPassword("lagoon-velvet-orbit-42")).toBe(false);
    expect(NewPasswordSchemaServer.safeParse("basketball").success).toBe(false);
    expect(NewPasswordSchemaServer.safeParse("lagoon-velvet-orbit-42").success).toBe(true);
  });
});
