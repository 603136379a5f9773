package fr.okrsante.importing;

import static fr.okrsante.importing.Fixtures.checkIns;
import static fr.okrsante.importing.Workbooks.date;
import static fr.okrsante.importing.Workbooks.formula;
import static fr.okrsante.importing.Workbooks.number;
import static fr.okrsante.importing.Workbooks.percent;
import static fr.okrsante.importing.Workbooks.row;
import static fr.okrsante.importing.Workbooks.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.Plan;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxImportTest {

  private static final Plan PLAN = Fixtures.plan();
  private static final LocalDate MARCH_31 = LocalDate.of(2026, 3, 31);

  @TempDir
  Path directory;

  /** A title row, a two-row header with merged cells (A3:A4, B3:B4, C3:D3 "Taux" over Numérateur and Dénominateur), three rows. */
  private Path workbook() throws Exception {
    return Workbooks.write(directory.resolve("suivi.xlsx"),
        "<mergeCell ref=\"A1:E1\"/><mergeCell ref=\"A3:A4\"/><mergeCell ref=\"B3:B4\"/><mergeCell ref=\"C3:D3\"/>",
        row(1, text("A1", "Suivi des indicateurs qualité 2026")),
        row(3, text("A3", "Indicateur"), text("B3", "Date"), text("C3", "Taux")),
        row(4, text("C4", "Numérateur"), text("D4", "Dénominateur"), text("E4", "Valeur")),
        row(5, text("A5", "IQSS-DPA"), date("B5", MARCH_31), number("C5", "78"), number("D5", "100")),
        row(6, text("A6", "ESATIS48H"), date("B6", MARCH_31), percent("E6", "0.785")),
        row(7, text("A7", "ATTENTE"), date("B7", MARCH_31), formula("E7", "180+20", "200")),
        row(9, text("A9", ""), text("B9", "")));
  }

  @Test
  void a_workbook_with_a_title_row_and_merged_header_cells_gives_one_check_in_per_row() throws Exception {
    ImportReport report = Fixtures.sheets().build().importXlsx(PLAN, workbook());

    assertThat(report.isComplete()).as(report.getOutcomes().toString()).isTrue();
    CheckIn dpa = checkIns(report.getPlan(), "kr-dpa").get(0);
    assertThat(dpa.getNumerator()).contains(new BigDecimal("78"));
    assertThat(dpa.getDenominator()).contains(new BigDecimal("100"));
    assertThat(dpa.getObservedOn()).isEqualTo(MARCH_31);
    assertThat(checkIns(report.getPlan(), "kr-satisfaction").get(0).getValue()).as("0.785 formatted 0.0% is 78.5 %")
        .isEqualByComparingTo("78.5");
    assertThat(report.get(ImportOutcome.Kind.APPLIED)).extracting(ImportOutcome::getSheet).containsOnly("suivi.xlsx[Suivi]");
  }

  @Test
  void the_report_says_which_header_cells_came_from_merged_cells() throws Exception {
    ImportReport report = Fixtures.sheets().build().importXlsx(PLAN, workbook());

    assertThat(report.getAssumptions()).contains("workbook: sheet 'Suivi' (the first)",
        "column A: header 'Indicateur' taken from row 3 (a merged cell)",
        "column B: header 'Date' taken from row 3 (a merged cell)");
    assertThat(report.getAssumptions()).anyMatch(a -> a.startsWith("header: row 4 "));
  }

  @Test
  void a_formula_cell_gives_the_result_the_spreadsheet_stored_never_evaluated_here() throws Exception {
    ImportReport report = Fixtures.sheets().build().importXlsx(PLAN, workbook());

    assertThat(checkIns(report.getPlan(), "kr-attente").get(0).getValue()).isEqualByComparingTo("200");
  }

  @Test
  void a_formula_without_a_stored_result_is_text_and_refused_as_a_value() throws Exception {
    Path file = Workbooks.write(directory.resolve("f.xlsx"), "",
        row(1, text("A1", "Indicateur"), text("B1", "Date"), text("C1", "Valeur")),
        row(2, text("A2", "ATTENTE"), date("B2", MARCH_31), "<c r=\"C2\"><f>WEBSERVICE(\"http://x\")</f></c>"));

    ImportReport report = Fixtures.sheets().build().importXlsx(PLAN, file);

    assertThat(report.get(ImportOutcome.Kind.REFUSED)).extracting(ImportOutcome::toString)
        .containsExactly("REFUSED f.xlsx[Suivi]:2:C (Valeur) is '=WEBSERVICE(\"http://x\")': expected a number such as 78,5 or 78.5 (or 78,5 %)");
  }

  @Test
  void a_named_sheet_that_does_not_exist_is_refused_with_the_sheets_there_are() throws Exception {
    Path file = workbook();

    assertThatThrownBy(() -> Fixtures.sheets().sheet("Données").build().importXlsx(PLAN, file))
        .isInstanceOf(SourceFormatException.class).hasMessage("suivi.xlsx: has no sheet 'Données': its sheets are [Suivi]");
  }

  @Test
  void a_file_that_is_not_a_zip_is_refused_as_not_a_workbook() throws Exception {
    Path file = Files.writeString(directory.resolve("faux.xlsx"), "Indicateur;Date;Valeur\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> Fixtures.sheets().build().importXlsx(PLAN, file)).isInstanceOf(SourceFormatException.class)
        .hasMessageStartingWith("faux.xlsx: is not an xlsx workbook (not a readable zip file");
  }

  @Test
  void a_zip_bomb_disguised_as_xlsx_is_refused_before_it_is_expanded() throws Exception {
    Path file = directory.resolve("bombe.xlsx");
    try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 50; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }

    assertThatThrownBy(() -> Fixtures.sheets().build().importXlsx(PLAN, file)).isInstanceOf(SourceFormatException.class)
        .hasMessageContaining("bombe.xlsx: entry 'xl/workbook.xml' expands more than 100-fold")
        .hasMessageEndingWith("refused as a zip bomb");
  }
}
