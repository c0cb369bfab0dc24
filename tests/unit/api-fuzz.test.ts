import fc from "fast-check";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET as getDataset } from "@/app/api/datasets/[id]/route";
import { GET as getIndex } from "@/app/api/datasets/route";
import { DATASETS } from "@/lib/api/datasets";

/*
 * Property-based fuzzing of the data API: the route handlers are called
 * directly with arbitrary dataset ids, query strings and validators. The
 * contract: never a 5xx, never a throw, and every answer other than 200/304 is
 * JSON with an `error` string.
 */

const NUM_RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);

const knownKeys = fc.constantFrom("from", "to", "format", "FROM", "from[]", "utm_source", "", " ", "%66rom");
const anyText = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.string({
    unit: fc.constantFrom("%", "&", "=", "+", "#", "?", ";", "/", "\\", "\0", "\u202e", "💥"),
    maxLength: 12,
  }),
);
const yearLike = fc.oneof(
  fc.integer({ min: 1800, max: 2200 }).map(String),
  fc.integer().map(String),
  fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).map(String),
  fc.double().map(String),
  fc.constantFrom("", "2003 ", " 2003", "2003.0", "0x7d3", "1e3", "２００３", "NaN", "-0", "+2003", "2003%00"),
);
const formatLike = fc.constantFrom("csv", "json", "CSV", "Json", "xlsx", "", "csv ", "csv\u0000", "c%73v");
const value = fc.oneof(yearLike, formatLike, anyText);
/** Junk that is already percent-encoded, or broken percent-encoding. */
const encodedJunk = fc.oneof(
  fc.constantFrom("%", "%%", "%zz", "%C3%28", "%E0%80%AF", "%ED%A0%80", "%FF%FE", "%00"),
  fc
    .uint8Array({ maxLength: 8 })
    .map((bytes) => [...bytes].map((byte) => `%${byte.toString(16).padStart(2, "0")}`).join("")),
);
const pair = fc.tuple(fc.oneof(knownKeys, anyText), fc.oneof(value, encodedJunk));

/** Raw query strings: well-formed pairs encoded properly, mixed with pairs pasted in unencoded. */
const queryString = fc
  .array(
    fc.oneof(
      pair.map(([key, val]) => `${safeEncode(key)}=${safeEncode(val)}`),
      pair.map(([key, val]) => `${key}=${val}`),
      fc.oneof(anyText, encodedJunk),
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join("&"));

const datasetId = fc.oneof(
  fc.constantFrom(...DATASETS.map((definition) => definition.id)),
  fc.constantFrom("", "TRADE", "trade ", "trade.csv", "../data/trade", "__proto__", "constructor", "toString"),
  anyText,
  fc.string({ maxLength: 5000 }),
);

const ifNoneMatch = fc.option(fc.oneof(fc.constant("*"), anyText, fc.string({ maxLength: 200 })), { nil: undefined });

/** encodeURIComponent throws on lone surrogates; such a string is sent as it is instead. */
function safeEncode(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return text;
  }
}

function requestFor(id: string, query: string, etag: string | undefined): NextRequest {
  const url = new URL("http://localhost/api/datasets/placeholder");
  url.pathname = `/api/datasets/${safeEncode(id)}`;
  url.search = query;
  const headers = new Headers();
  // Header values must be ByteStrings; anything else cannot reach the server at all.
  if (etag !== undefined && /^[\t\x20-\x7e\x80-\xff]*$/.test(etag)) headers.set("if-none-match", etag);
  return new NextRequest(url, { headers });
}

async function expectContract(response: Response, what: string) {
  expect(response.status, what).toBeLessThan(500);
  if (response.status === 200 || response.status === 304) return;
  expect(response.headers.get("content-type"), what).toMatch(/^application\/json/);
  const body = (await response.json()) as { error?: unknown };
  expect(typeof body.error, what).toBe("string");
  expect((body.error as string).length, what).toBeGreaterThan(0);
}

describe("data API under fuzzing", () => {
  it(`answers ${NUM_RUNS} arbitrary dataset requests without a 5xx, and every error as JSON`, async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(datasetId, queryString, ifNoneMatch, async (id, query, etag) => {
        const request = requestFor(id, query, etag);
        const response = await getDataset(request, { params: Promise.resolve({ id }) });
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        await expectContract(response, `id=${JSON.stringify(id)} query=${JSON.stringify(query)}`);
      }),
      { numRuns: NUM_RUNS },
    );
    // The generators must reach every branch, or the run proves little.
    expect([...statuses.keys()]).toEqual(expect.arrayContaining([200, 400, 404]));
  }, 120_000);

  it("answers the dataset list whatever the query string", async () => {
    await fc.assert(
      fc.asyncProperty(queryString, ifNoneMatch, async (query, etag) => {
        const response = getIndex(requestFor("", query, etag));
        await expectContract(response, `query=${JSON.stringify(query)}`);
        expect([200, 304]).toContain(response.status);
      }),
      { numRuns: Math.ceil(NUM_RUNS / 10) },
    );
  }, 60_000);

  it("serves a valid year range of a known dataset as 200", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...DATASETS.map((definition) => definition.id)),
        fc.integer({ min: 1900, max: 2100 }),
        fc.integer({ min: 0, max: 200 }),
        fc.constantFrom("csv", "json"),
        async (id, from, span, format) => {
          const to = Math.min(2100, from + span);
          const response = await getDataset(requestFor(id, `from=${from}&to=${to}&format=${format}`, undefined), {
            params: Promise.resolve({ id }),
          });
          expect(response.status).toBe(200);
        },
      ),
      { numRuns: 500 },
    );
  }, 60_000);
});
