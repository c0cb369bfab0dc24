import { describe, expect, it } from "vitest";
import { packPointDetails, unpackPointDetail } from "./packed-details";
import { pointDetails, type PointDetail } from "./point-details";
import { testTradeData } from "./test-data";

const { series, trade } = testTradeData();

describe("packPointDetails and unpackPointDetail", () => {
  it("gives back every point's details as they were", () => {
    const details = pointDetails(series, trade);
    const packed = packPointDetails(details);
    for (const [id, detail] of Object.entries(details)) expect(unpackPointDetail(packed, id)).toEqual(detail);
  });

  it("writes a string shared by several points once", () => {
    const detail: PointDetail = {
      period: "2003",
      value: "$92m",
      series: "Pakistan's statistics (IMF)",
      basis: "calendar years",
      perspective: "Pakistani statistics",
      status: "reported",
      statusLabel: "Reported",
      statusDescription: "as published",
      sources: "International Monetary Fund (2022)",
    };
    const packed = packPointDetails({ a: detail, b: { ...detail, period: "2004", value: "$98m" } });
    expect(packed.strings.filter((text) => text === detail.sources)).toHaveLength(1);
    expect(unpackPointDetail(packed, "b")).toEqual({ ...detail, period: "2004", value: "$98m" });
  });

  it("returns undefined for a point it does not hold", () => {
    expect(unpackPointDetail(packPointDetails({}), "imf-pk-total-2003")).toBeUndefined();
  });
});
