import { describe, expect, it } from "vitest";
import { ImportFailure } from "./errors";
import { detectDelimiter, detectNewline, sniffTable } from "./sniff";

const limits = { maxColumns: 2000 };

describe("detectNewline", () => {
  it("tells CRLF, LF and CR apart", () => {
    expect(detectNewline("a,b\r\n1,2\r\n")).toBe("\r\n");
    expect(detectNewline("a,b\n1,2\n")).toBe("\n");
    expect(detectNewline("a,b\r1,2\r")).toBe("\r");
  });
});

describe("detectDelimiter", () => {
  it("prefers the semicolon that splits rows into many fields over a comma inside a name", () => {
    const sample =
      "Country;Code;Indicator;2020;2021\nAruba;ABW;Population, total;1;2\nChad;TCD;Population, total;3;4\n";
    expect(detectDelimiter(sample, "\n", true)).toBe(";");
  });

  it("keeps the comma when semicolons only occur inside quoted descriptions", () => {
    const sample = 'Year,Commodity,Value\n2017,"Bicycles; not motorised",1\n2018,"Bicycles; not motorised",2\n';
    expect(detectDelimiter(sample, "\n", true)).toBe(",");
  });

  it("finds tabs and honours an Excel sep= line", () => {
    expect(detectDelimiter("Year\tValue\n2019\t1,5\n2020\t2,5\n", "\n", true)).toBe("\t");
    expect(detectDelimiter("sep=|\nYear|Value\n2019|1\n", "\n", true)).toBe("|");
  });
});

describe("sniffTable", () => {
  it("skips the WDI preamble and finds the header on line 5", () => {
    const sample =
      '"Data Source","World Development Indicators",\n\n"Last Updated Date","2024-02-21",\n\n' +
      '"Country Name","Country Code","Indicator Name","Indicator Code","2021","2022",\n' +
      '"Aruba","ABW","Exports","NE.EXP","1","2",\n';
    const shape = sniffTable(sample, true, limits);
    expect(shape.headerLine).toBe(5);
    expect(shape.headerRowIndex).toBe(4);
    expect(shape.header).toEqual(["Country Name", "Country Code", "Indicator Name", "Indicator Code", "2021", "2022"]);
    expect(shape.sampleRows).toHaveLength(1);
  });

  it("skips a preamble padded with delimiters, as a re-saved WDI file has", () => {
    const sample =
      "Data Source;World Development Indicators;;;;\n;;;;;\nCountry Name;Country Code;Indicator Name;Indicator Code;2020;\nAruba;ABW;Population;SP.POP;1;\n";
    expect(sniffTable(sample, true, limits).headerLine).toBe(3);
  });

  it("rejects an empty sample and a blank one", () => {
    expect(() => sniffTable("", true, limits)).toThrow("The file is empty.");
    expect(() => sniffTable("\n \n", true, limits)).toThrow("only blank lines");
  });

  it("rejects a header wider than the column limit, naming its line", () => {
    const header = Array.from({ length: 10_000 }, (_, index) => `c${index}`).join(",");
    const error = (() => {
      try {
        sniffTable(`${header}\n`, true, limits);
      } catch (failure) {
        return failure;
      }
    })();
    expect(error).toBeInstanceOf(ImportFailure);
    expect((error as ImportFailure).message).toBe(
      "line 1 (the header) has 10,000 columns; the importer reads at most 2,000 columns.",
    );
  });
});
