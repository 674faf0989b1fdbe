/**
 * The applicants-by-country chart as a world map (issue 17 part 2: "a world or Europe map if
 * you can render one server-side from open boundary data shipped in a package").
 *
 * Boundaries: `world-atlas` 2.0.2 (Natural Earth 1:110m, public domain), TopoJSON whose
 * feature ids are ISO 3166-1 numeric codes; `topojson-client` turns it into GeoJSON and
 * `i18n-iso-countries` maps the profiles' alpha-2 codes to those numeric ids. Observable Plot
 * draws it (Equal Earth projection) on the same jsdom document as the other charts, loaded
 * lazily with them. Countries too small for the 1:110m map (Malta, Singapore…) are not drawn;
 * the table alternative and the CSV carry every country.
 *
 * Shading: a sequential scale from the palette's light to dark teal over the applicants
 * count (0 excluded: countries without applicants are a neutral grey).
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { FeatureCollection, Geometry } from "geojson";
import { loadPlot } from "./dashboard-charts.server";
import { svgCache, type Drawing } from "~/platform/svg-cache.server";

/** One country on the map: ISO 3166-1 alpha-2 code, value, and its tooltip. */
export interface MapPoint {
  code: string;
  value: number;
  /** The tooltip: "Germany: 12". */
  title: string;
}

type Countries = FeatureCollection<Geometry, { name: string }>;

let world: Promise<{ countries: Countries; numeric: (alpha2: string) => string | undefined }> | undefined;

/** The 1:110m country shapes and the alpha-2 → numeric lookup, read once per process. */
function loadWorld() {
  world ??= (async () => {
    const [{ feature }, { default: iso }] = await Promise.all([
      import("topojson-client"),
      import("i18n-iso-countries"),
    ]);
    const require = createRequire(path.join(process.cwd(), "package.json"));
    const file = require.resolve("world-atlas/countries-110m.json");
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- TopoJSON as shipped; shape checked by topojson-client
    const topology = JSON.parse(fs.readFileSync(file, "utf8")) as any;
    const countries = feature(topology, topology.objects.countries) as unknown as Countries;
    return { countries, numeric: (alpha2: string) => iso.alpha2ToNumeric(alpha2) };
  })();
  world.catch(() => (world = undefined));
  return world;
}

/**
 * The SVG world map of `points` (one per country with applicants), labelled `label`;
 * null when no point lies on the map. Same finishing as the other charts (role="img",
 * aria-label, no inline styles).
 */
export async function renderCountryMap(points: MapPoint[], label: string): Promise<Drawing | null> {
  // Drawing the 177 shapes costs tens of milliseconds; the same figures (a dashboard reloaded,
  // its CSV link followed back) are drawn once.
  return drawn([label, points], () => draw(points, label));
}

/** The last maps drawn, by label and points. */
const drawn = svgCache(32);

async function draw(points: MapPoint[], label: string): Promise<string | null> {
  const { countries, numeric } = await loadWorld();
  const byId = new Map<string, MapPoint>();
  for (const p of points) {
    const id = numeric(p.code);
    if (id && p.value > 0) byId.set(id, p);
  }
  const shaded = countries.features.filter((f) => byId.has(String(f.id)));
  if (!shaded.length) return null;
  const { Plot, document, finish } = await loadPlot();
  const max = Math.max(...shaded.map((f) => byId.get(String(f.id))!.value));
  const node = Plot.plot({
    document,
    width: 720,
    style: null,
    ariaLabel: label,
    projection: { type: "equal-earth", domain: { type: "Sphere" } },
    color: { type: "linear", domain: [0, max], range: ["#cfe8ec", "#073f4a"] },
    marks: [
      Plot.sphere({ stroke: "#9aa7ab", strokeWidth: 0.5 }),
      Plot.geo(countries, { fill: "#e6e6e6", stroke: "white", strokeWidth: 0.5 }),
      Plot.geo(
        { type: "FeatureCollection", features: shaded },
        {
          fill: (f: { id: string | number }) => byId.get(String(f.id))!.value,
          stroke: "white",
          strokeWidth: 0.5,
          title: (f: { id: string | number }) => byId.get(String(f.id))!.title,
        },
      ),
    ],
  }) as Element;
  return roundPaths(finish(node, label));
}

/** The SVG with path coordinates rounded to 0.1 px (a tenth of the size, no visible change). */
function roundPaths(svg: string): string {
  return svg.replace(
    / d="([^"]*)"/g,
    (_, d: string) => ` d="${d.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))}"`,
  );
}
