package fr.okrsante.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes minimal xlsx workbooks by hand, as Excel lays them out: one sheet "Suivi", inline strings,
 * styles 1 = {@code dd/mm/yyyy}, 2 = {@code 0.0%}; cells given as SpreadsheetML.
 */
final class Workbooks {

  static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  static final String RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
  static final String DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  private Workbooks() {}

  static String text(String ref, String value) {
    return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + value + "</t></is></c>";
  }

  static String number(String ref, String value) {
    return "<c r=\"" + ref + "\"><v>" + value + "</v></c>";
  }

  static String date(String ref, LocalDate date) {
    return "<c r=\"" + ref + "\" s=\"1\"><v>" + (date.toEpochDay() - LocalDate.of(1899, 12, 30).toEpochDay()) + "</v></c>";
  }

  static String percent(String ref, String fraction) {
    return "<c r=\"" + ref + "\" s=\"2\"><v>" + fraction + "</v></c>";
  }

  static String formula(String ref, String formula, String cached) {
    return "<c r=\"" + ref + "\"><f>" + formula + "</f><v>" + cached + "</v></c>";
  }

  static String row(int number, String... cells) {
    return "<row r=\"" + number + "\">" + String.join("", cells) + "</row>";
  }

  static Path write(Path file, String mergeCells, String... rows) throws IOException {
    String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>"
        + String.join("", rows) + "</sheetData>" + (mergeCells.isEmpty() ? "" : "<mergeCells>" + mergeCells + "</mergeCells>")
        + "</worksheet>";
    try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
      entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
          + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
          + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
          + "</Types>");
      entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"" + RELS + "\">"
          + "<Relationship Id=\"rId1\" Type=\"" + DOC + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
      entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + DOC
          + "\"><sheets><sheet name=\"Suivi\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
      entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"" + RELS + "\">"
          + "<Relationship Id=\"rId1\" Type=\"" + DOC + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
          + "<Relationship Id=\"rId2\" Type=\"" + DOC + "/styles\" Target=\"styles.xml\"/></Relationships>");
      entry(zip, "xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"" + MAIN + "\">"
          + "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/><numFmt numFmtId=\"165\" formatCode=\"0.0%\"/></numFmts>"
          + "<fonts count=\"1\"><font/></fonts><fills count=\"1\"><fill/></fills><borders count=\"1\"><border/></borders>"
          + "<cellStyleXfs count=\"1\"><xf/></cellStyleXfs><cellXfs count=\"3\"><xf numFmtId=\"0\"/>"
          + "<xf numFmtId=\"164\" applyNumberFormat=\"1\"/><xf numFmtId=\"165\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>");
      entry(zip, "xl/worksheets/sheet1.xml", sheet);
    }
    return file;
  }

  private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
