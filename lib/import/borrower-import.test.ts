import { describe, expect, it } from "vitest";
import { importTemplate, parseBorrowerImport } from "./borrower-import";
import { parseCsv } from "./csv";

describe("parseCsv", () => {
  it.each([
    [
      "quoted fields with commas, quotes and line breaks, CRLF or LF",
      'a,b,c\r\n"x, y","say ""hi""","two\nlines"\n\n1,,3',
      [
        ["a", "b", "c"],
        ["x, y", 'say "hi"', "two\nlines"],
        ["1", "", "3"],
      ],
    ],
    [
      "a byte order mark",
      "\uFEFFfirst_name,email\nAna,a@b.co",
      [
        ["first_name", "email"],
        ["Ana", "a@b.co"],
      ],
    ],
    [
      "CR endings, and mixed ones",
      "a,b\r1,2\r\n3,4\n5,6\n",
      [
        ["a", "b"],
        ["1", "2"],
        ["3", "4"],
        ["5", "6"],
      ],
    ],
    [
      "blank rows, of spaces or of commas",
      "a,b\n\n  \n,,\n, \n1,2",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
    ["short and long rows as written", "a,b,c\n1\n1,2,3,4", [["a", "b", "c"], ["1"], ["1", "2", "3", "4"]]],
    ["spaces around fields, quoted or not", ' a , "x, y" ,b\n', [["a", "x, y", "b"]]],
    ["a quote inside an unquoted field as text", 'name\nO"Neil', [["name"], ['O"Neil']]],
    ["nothing", "", []],
  ])("reads %s", (_case, text, rows) => {
    expect(parseCsv(text)).toEqual(rows);
  });

  it.each([
    ["a quote never closed", 'a,b\n1,"ok\nstill"\n"open,3\n4,5', 4, "A quoted field is never closed"],
    ["text after a closing quote", 'a,b\r\né,ü\r\nà,"x"y\r\n', 3, "Text follows a closing quote"],
  ])("names the line of %s", (_case, text, line, message) => {
    expect(() => parseCsv(text)).toThrow(
      expect.objectContaining({ name: "CsvSyntaxError", line, message: expect.stringContaining(message) }),
    );
  });
});

const header =
  "first_name,last_name,email,phone,loan_reference,lender_name,profile,vin,vehicle_year,vehicle_make,vehicle_model";

describe("parseBorrowerImport", () => {
  it("accepts its own template", () => {
    const parsed = parseBorrowerImport(importTemplate());
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows).toHaveLength(1);
    expect(parsed.rows[0]).toMatchObject({
      loan_reference: "LN-1001",
      vin: "WDDWF8DBXKR487215",
      vehicle_year: 2019,
    });
  });

  it("reports every bad row by line, and keeps a borrower's second vehicle", () => {
    const parsed = parseBorrowerImport(
      [
        header,
        "Ana,Lima,ana@example.com,,LN-1,,,1hgcm8263-3a004352,2003,Honda,Accord",
        "Ana,Lima,ana@example.com,,LN-1,,,WDDWF8DBXKR487215,,,",
        ",Lima,not-an-email,,LN-2,,,123,1800,,",
        "Bo,Ng,bo@example.com,,LN-1,,,,,,",
        "Cy,Ho,cy@example.com,,LN-3,,,WDDWF8DB1KR487215,,,",
      ].join("\n"),
    );
    expect(parsed.rows.map((row) => [row.line, row.loan_reference, row.vin])).toEqual([
      [2, "LN-1", "1HGCM82633A004352"],
      [3, "LN-1", "WDDWF8DBXKR487215"],
      [6, "LN-3", "WDDWF8DB1KR487215"],
    ]);
    expect(parsed.errors).toEqual([
      { line: 4, message: "first_name is required" },
      { line: 4, message: "email is not a valid address" },
      { line: 4, message: "vin must have 17 characters" },
      { line: 4, message: expect.stringContaining("1950") },
      { line: 5, message: "loan_reference LN-1 already names another borrower on line 2" },
    ]);
    expect(parsed.warnings).toEqual([
      { line: 6, message: "vin WDDWF8DB1KR487215 fails its check digit (imported as written)" },
    ]);
  });

  it("reports a cell longer than the New borrower form allows, on its line", () => {
    const parsed = parseBorrowerImport(
      `${header}\n${"A".repeat(101)},Long,long@example.com,${"9".repeat(41)},LN-9,${"L".repeat(201)},,,,,`,
    );
    expect(parsed.rows).toEqual([]);
    expect(parsed.errors).toEqual([
      { line: 2, message: "first_name has more than 100 characters" },
      { line: 2, message: "phone has more than 40 characters" },
      { line: 2, message: "lender_name has more than 200 characters" },
    ]);
  });

  it("refuses a file without the required columns or rows", () => {
    expect(parseBorrowerImport("").errors[0]?.message).toBe("The file is empty.");
    expect(parseBorrowerImport("first_name,email\nA,a@b.co").errors[0]?.message).toBe(
      "Missing column(s): last_name, loan_reference",
    );
    expect(parseBorrowerImport(header).errors[0]?.message).toBe("The file has a header but no rows.");
  });
});
