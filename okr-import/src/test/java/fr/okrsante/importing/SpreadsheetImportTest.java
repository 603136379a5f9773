package fr.okrsante.importing;

import static fr.okrsante.importing.Fixtures.checkIns;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.CheckInSource;
import fr.okrsante.plan.CheckInStatus;
import fr.okrsante.plan.Plan;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpreadsheetImportTest {

  private static final Plan PLAN = Fixtures.plan();
  private static final LocalDate MARCH_31 = LocalDate.of(2026, 3, 31);

  private static ImportReport csv(SpreadsheetImport sheets, byte[] bytes) {
    return sheets.importCsv(PLAN, new ByteArrayInputStream(bytes), "indicateurs.csv");
  }

  private static ImportReport csv(byte[] bytes) {
    return csv(Fixtures.sheets().build(), bytes);
  }

  private static ImportReport csv(String text) {
    return csv(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The export French Excel writes with "CSV UTF-8": BOM, ';', decimal comma, day-first dates, CRLF. */
  static final String FRENCH_EXPORT = "Indicateur;Date;Valeur;Numérateur;Dénominateur;Statut;Commentaire\r\n"
      + "IQSS-DPA;31/03/2026;;78;100;définitif;Audit T1\r\n"
      + "ESATIS48H;31/03/2026;78,5 %;;;provisoire;\r\n"
      + "ATTENTE;31/03/2026;1 234,5;;;;\r\n"
      + ";;;;;;\r\n"
      + ";;;;;;\r\n";

  @Test
  void french_excel_export_with_bom_semicolons_and_decimal_commas_gives_one_check_in_per_row() {
    ImportReport report = csv(Fixtures.withBom(FRENCH_EXPORT));

    assertThat(report.isComplete()).as(report.getOutcomes().toString()).isTrue();
    assertThat(report.count(ImportOutcome.Kind.APPLIED)).isEqualTo(3);
    CheckIn dpa = checkIns(report.getPlan(), "kr-dpa").get(0);
    assertThat(dpa.getNumerator()).contains(new BigDecimal("78"));
    assertThat(dpa.getDenominator()).contains(new BigDecimal("100"));
    assertThat(dpa.getValue()).isEqualByComparingTo("78");
    assertThat(dpa.getObservedOn()).isEqualTo(MARCH_31);
    assertThat(dpa.getNote()).isEqualTo("Audit T1");
    assertThat(dpa.getSource()).isEqualTo(CheckInSource.IMPORT);
    assertThat(dpa.getRecordedAt()).isEqualTo(Fixtures.NOW);
    CheckIn satisfaction = checkIns(report.getPlan(), "kr-satisfaction").get(0);
    assertThat(satisfaction.getValue()).isEqualByComparingTo("78.5");
    assertThat(satisfaction.getStatus()).isEqualTo(CheckInStatus.PROVISIONAL);
    assertThat(checkIns(report.getPlan(), "kr-attente").get(0).getValue()).isEqualByComparingTo("1234.5");
  }

  @Test
  void the_report_says_what_was_assumed() {
    List<String> assumptions = csv(Fixtures.withBom(FRENCH_EXPORT)).getAssumptions();

    assertThat(assumptions).contains("encoding: UTF-8 with a byte-order mark", "separator: ';' (detected from the header)",
        "decimal mark: comma (2 numbers with a comma, 0 with a point)", "dates: day first (31/03/2026), 3 read so",
        "2 empty rows ignored");
    assertThat(assumptions).anyMatch(a -> a.startsWith("header: row 1 (A 'Indicateur' = INDICATOR, B 'Date' = DATE"));
  }

  @Test
  void windows_1252_bytes_that_are_not_utf_8_are_read_as_windows_1252_and_said_so() {
    String text = "Résultat clé;Date;Valeur;Commentaire\r\nkr-attente;31/03/2026;200;Mesuré à l'accueil\r\n";
    ImportReport report = csv(text.getBytes(SniffingReader.WINDOWS_1252));

    assertThat(report.isComplete()).as(report.getOutcomes().toString()).isTrue();
    assertThat(checkIns(report.getPlan(), "kr-attente").get(0).getNote()).isEqualTo("Mesuré à l'accueil");
    assertThat(report.getAssumptions()).contains("encoding: Windows-1252 (the bytes are not UTF-8)");
  }

  @Test
  void utf_8_without_a_byte_order_mark_is_read_as_utf_8() {
    ImportReport report = csv("Résultat clé;Date;Valeur;Commentaire\nkr-attente;31/03/2026;200;Mesuré à l'accueil\n");

    assertThat(checkIns(report.getPlan(), "kr-attente").get(0).getNote()).isEqualTo("Mesuré à l'accueil");
    assertThat(report.getAssumptions()).contains("encoding: UTF-8 without a byte-order mark");
  }

  @Test
  void utf_16_with_a_byte_order_mark_and_tabs_is_read() {
    byte[] body = "Indicateur\tDate\tValeur\nATTENTE\t31/03/2026\t200\n".getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(body, 0, bytes, 2, body.length);
    ImportReport report = csv(bytes);

    assertThat(report.count(ImportOutcome.Kind.APPLIED)).isEqualTo(1);
    assertThat(report.getAssumptions()).contains("encoding: UTF-16LE with a byte-order mark", "separator: tab (detected from the header)");
  }

  @Test
  void a_file_that_is_utf_8_first_and_something_else_later_is_refused_whole() {
    byte[] utf8 = "Indicateur;Date;Valeur;Commentaire\nATTENTE;31/03/2026;200;été\nATTENTE;30/04/2026;190;".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(utf8, utf8.length + 2);
    bytes[utf8.length] = (byte) 0xE9;
    bytes[utf8.length + 1] = '\n';

    assertThatThrownBy(() -> csv(bytes)).isInstanceOf(SourceFormatException.class)
        .hasMessageContaining("indicateurs.csv: byte 0xE9 at offset " + utf8.length)
        .hasMessageContaining("mixes UTF-8 with another encoding");
  }

  @Test
  void columns_are_found_in_any_order_whatever_their_case_and_accents_in_english_too() {
    ImportReport report = csv("VALUE,observed on,KEY RESULT,author\n200,2026-03-31,kr-attente,p-17\n");

    CheckIn checkIn = checkIns(report.getPlan(), "kr-attente").get(0);
    assertThat(checkIn.getValue()).isEqualByComparingTo("200");
    assertThat(checkIn.getAuthorId()).contains("p-17");
    assertThat(report.getAssumptions()).contains("separator: ',' (detected from the header)");
  }

  @Test
  void accents_and_case_do_not_count_in_french_headers() {
    ImportReport report = csv("NUMERATEUR;denominateur;INDICATEUR;DATE D'OBSERVATION\n9;12;iqss-dpa;31/03/2026\n");

    assertThat(checkIns(report.getPlan(), "kr-dpa").get(0).getValue()).isEqualByComparingTo("75");
  }

  @Test
  void a_mapping_given_by_the_user_names_a_column() {
    SpreadsheetImport sheets = Fixtures.sheets().map("Taux DPA T1", CheckInColumn.VALUE).map("Code", CheckInColumn.KEY_RESULT).build();
    ImportReport report = csv(sheets, "Code;Date;Taux DPA T1\nkr-satisfaction;31/03/2026;80\n".getBytes(StandardCharsets.UTF_8));

    assertThat(checkIns(report.getPlan(), "kr-satisfaction").get(0).getValue()).isEqualByComparingTo("80");
  }

  @Test
  void title_rows_above_the_header_and_columns_nobody_named_are_skipped_and_said_so() {
    ImportReport report = csv("Suivi des indicateurs qualité 2026;;;\n;;;\nIndicateur;Date;Valeur;Pilote\nATTENTE;31/03/2026;200;Dr X\n;;;\n");

    assertThat(report.count(ImportOutcome.Kind.APPLIED)).isEqualTo(1);
    assertThat(report.getAssumptions()).contains("column D 'Pilote' ignored: not a check-in column", "1 empty rows ignored");
    assertThat(report.getAssumptions()).anyMatch(a -> a.startsWith("header: row 3 "));
  }

  @Test
  void empty_trailing_columns_are_ignored() {
    ImportReport report = csv("Indicateur;Date;Valeur;;;;\nATTENTE;31/03/2026;200;;;;\n");

    assertThat(report.isComplete()).isTrue();
    assertThat(report.count(ImportOutcome.Kind.APPLIED)).isEqualTo(1);
  }

  @Test
  void one_bad_row_changes_nothing_and_every_problem_is_listed_with_its_row_column_and_what_was_expected() {
    ImportReport report = csv("Indicateur;Date;Valeur\nATTENTE;31/03/2026;200\nINCONNU;31/03/2026;12\nESATIS48H;31/02/2026;n/a\n");

    assertThat(report.getPlan()).isSameAs(PLAN);
    assertThat(report.isComplete()).isFalse();
    assertThat(report.get(ImportOutcome.Kind.REFUSED)).extracting(ImportOutcome::toString).containsExactly(
        "REFUSED indicateurs.csv:3:A (Indicateur) is 'INCONNU': no key result of the plan follows this indicator",
        "REFUSED indicateurs.csv:4:B (Date) is '31/02/2026': not a date of the calendar (day/month/year)",
        "REFUSED indicateurs.csv:4:C (Valeur) is 'n/a': expected a number such as 78,5 or 78.5 (or 78,5 %)");
    assertThat(report.get(ImportOutcome.Kind.WITHHELD)).extracting(ImportOutcome::getRow).containsExactly(2L);
  }

  @Test
  void skip_bad_rows_applies_the_good_rows_and_reports_the_others() {
    ImportReport report = csv(Fixtures.sheets().skipBadRows(true).build(),
        "Indicateur;Date;Valeur\nATTENTE;31/03/2026;200\nINCONNU;31/03/2026;12\n".getBytes(StandardCharsets.UTF_8));

    assertThat(checkIns(report.getPlan(), "kr-attente")).hasSize(1);
    assertThat(report.count(ImportOutcome.Kind.APPLIED)).isEqualTo(1);
    assertThat(report.count(ImportOutcome.Kind.REFUSED)).isEqualTo(1);
  }

  @Test
  void skipping_bad_rows_lists_the_applied_and_refused_rows_in_row_order_with_their_source_references() {
    ImportReport report = csv(Fixtures.sheets().skipBadRows(true).build(),
        ("Indicateur;Date;Valeur\nINCONNU;31/03/2026;12\nATTENTE;31/03/2026;200\nATTENTE;31/02/2026;n/a\n"
            + "ATTENTE;30/04/2026;190\nINCONNU;30/04/2026;12\n").getBytes(StandardCharsets.UTF_8));

    assertThat(report.getOutcomes()).extracting(o -> o.getRow() + " " + o.getKind() + " " + o.getSourceRef().orElse("-"))
        .containsExactly("2 REFUSED -", "3 APPLIED sheet:2026-03-31|200", "4 REFUSED -", "4 REFUSED -",
            "5 APPLIED sheet:2026-04-30|190", "6 REFUSED -");
  }

  @Test
  void the_outcomes_of_rows_applied_and_skipped_are_counted_in_row_order_and_read_as_the_same_instances() {
    SpreadsheetImport sheets = Fixtures.sheets().build();
    Plan once = csv(sheets, "Indicateur;Date;Valeur\nATTENTE;31/03/2026;200\n".getBytes(StandardCharsets.UTF_8)).getPlan();

    ImportReport report = sheets.importCsv(once, new ByteArrayInputStream(
        "Indicateur;Date;Valeur\nATTENTE;30/04/2026;190\nATTENTE;31/03/2026;200\nATTENTE;31/05/2026;180\n"
            .getBytes(StandardCharsets.UTF_8)), "indicateurs.csv");

    assertThat(report.isComplete()).isTrue();
    assertThat(report.count(ImportOutcome.Kind.APPLIED)).isEqualTo(2);
    assertThat(report.count(ImportOutcome.Kind.SKIPPED)).isEqualTo(1);
    assertThat(report.count(ImportOutcome.Kind.REFUSED)).isZero();
    assertThat(report.getOutcomes()).extracting(ImportOutcome::toString).containsExactly(
        "APPLIED indicateurs.csv:2 check-in 190 observed on 2026-04-30 added to key result 'kr-attente'",
        "SKIPPED indicateurs.csv:3 already imported into key result 'kr-attente': nothing changed",
        "APPLIED indicateurs.csv:4 check-in 180 observed on 2026-05-31 added to key result 'kr-attente'");
    assertThat(report.getOutcomes().get(1)).isSameAs(report.getOutcomes().get(1)).isSameAs(report.get(ImportOutcome.Kind.SKIPPED).get(0));
    assertThat(report.getOutcomes().get(0).getCheckIn()).hasValueSatisfying(c -> assertThat(c.getSourceRef()).hasValue("sheet:2026-04-30|190"));
    assertThatThrownBy(() -> report.getOutcomes().add(report.getOutcomes().get(0))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> report.getOutcomes().get(3)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void a_check_in_the_key_result_refuses_is_a_problem_of_its_row() {
    ImportReport report = csv("Résultat clé;Date;Valeur\nkr-attente;31/03/2026;200\nkr-jalon;31/03/2026;2\n");

    assertThat(report.getPlan()).isSameAs(PLAN);
    assertThat(report.get(ImportOutcome.Kind.REFUSED)).singleElement()
        .satisfies(o -> assertThat(o.getRow()).isEqualTo(3))
        .satisfies(o -> assertThat(o.getMessage()).startsWith("the key result 'kr-jalon' refuses the check-in: "));
  }

  @Test
  void importing_the_same_file_twice_adds_nothing() {
    SpreadsheetImport sheets = Fixtures.sheets().build();
    byte[] file = Fixtures.withBom(FRENCH_EXPORT);
    Plan once = csv(sheets, file).getPlan();

    ImportReport again = sheets.importCsv(once, new ByteArrayInputStream(file), "indicateurs.csv");

    assertThat(again.getPlan()).isSameAs(once);
    assertThat(again.count(ImportOutcome.Kind.SKIPPED)).isEqualTo(3);
    assertThat(again.count(ImportOutcome.Kind.APPLIED)).isZero();
  }

  @Test
  void the_same_rows_sorted_differently_are_the_same_check_ins() {
    SpreadsheetImport sheets = Fixtures.sheets().build();
    Plan once = csv(sheets, "Indicateur;Date;Valeur\nATTENTE;31/03/2026;200\nATTENTE;30/04/2026;190\n".getBytes(StandardCharsets.UTF_8)).getPlan();

    ImportReport again = sheets.importCsv(once, new ByteArrayInputStream(
        "Date;Valeur;Indicateur\n30/04/2026;190,0;ATTENTE\n31/03/2026;200;ATTENTE\n".getBytes(StandardCharsets.UTF_8)), "export2.csv");

    assertThat(again.count(ImportOutcome.Kind.SKIPPED)).isEqualTo(2);
  }

  @Test
  void a_corrected_value_for_the_same_key_result_and_day_is_a_later_check_in_and_the_history_keeps_both() {
    Plan first = csv("Indicateur;Date;Valeur\nATTENTE;31/03/2026;200\n").getPlan();
    SpreadsheetImport later = SpreadsheetImport.builder()
        .clock(Clock.fixed(Fixtures.NOW.plusSeconds(86_400), ZoneOffset.UTC)).build();

    ImportReport corrected = later.importCsv(first, new ByteArrayInputStream(
        "Indicateur;Date;Valeur\nATTENTE;31/03/2026;195\n".getBytes(StandardCharsets.UTF_8)), "indicateurs.csv");

    List<CheckIn> history = checkIns(corrected.getPlan(), "kr-attente");
    assertThat(history).extracting(CheckIn::getValue).usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("200"), new BigDecimal("195"));
    assertThat(history.get(1).getRecordedAt()).isAfter(history.get(0).getRecordedAt());
    assertThat(history).extracting(CheckIn::getObservedOn).containsOnly(MARCH_31);
  }

  @Test
  void a_percentage_for_a_key_result_counted_in_minutes_is_refused() {
    ImportReport report = csv("Indicateur;Date;Valeur\nATTENTE;31/03/2026;12 %\n");

    assertThat(report.get(ImportOutcome.Kind.REFUSED)).singleElement().extracting(ImportOutcome::getMessage)
        .isEqualTo("is '12 %', a percentage, but key result 'kr-attente' is measured in MINUTES: expected a value without %");
  }

  @Test
  void an_indicator_followed_by_several_key_results_asks_for_the_key_result_column() {
    ImportReport report = csv("Indicateur;Date;Valeur\nCHUTES;31/03/2026;12\n");

    assertThat(report.get(ImportOutcome.Kind.REFUSED)).singleElement().extracting(ImportOutcome::getMessage)
        .isEqualTo("is 'CHUTES': followed by several key results [kr-chutes-a, kr-chutes-b]: add a Résultat clé column to say which");
  }

  @Test
  void a_rate_needs_both_numerator_and_denominator_and_they_are_counts() {
    ImportReport report = csv("Indicateur;Date;Numérateur;Dénominateur\nIQSS-DPA;31/03/2026;9;\nIQSS-DPA;30/04/2026;9 %;12\n");

    assertThat(report.get(ImportOutcome.Kind.REFUSED)).extracting(ImportOutcome::toString).containsExactly(
        "REFUSED indicateurs.csv:2:D (Dénominateur) is empty: a rate needs both its numerator and its denominator",
        "REFUSED indicateurs.csv:3:C (Numérateur) is '9 %': a numerator or denominator is a count, without %");
  }

  @Test
  void formulas_are_text_never_evaluated() {
    ImportReport report = csv("Indicateur;Date;Valeur;Commentaire\nATTENTE;31/03/2026;=1+1;\nATTENTE;30/04/2026;190;=HYPERLINK(\"http://x\")\n");

    assertThat(report.get(ImportOutcome.Kind.REFUSED)).singleElement().extracting(ImportOutcome::getMessage)
        .isEqualTo("is '=1+1': expected a number such as 78,5 or 78.5 (or 78,5 %)");
    ImportReport skipping = csv(Fixtures.sheets().skipBadRows(true).build(),
        "Indicateur;Date;Valeur;Commentaire\nATTENTE;30/04/2026;190;=HYPERLINK(\"http://x\")\n".getBytes(StandardCharsets.UTF_8));
    assertThat(checkIns(skipping.getPlan(), "kr-attente").get(0).getNote()).isEqualTo("=HYPERLINK(\"http://x\")");
  }

  @Test
  void control_characters_are_refused_with_their_code_point() {
    ImportReport report = csv("Indicateur;Date;Valeur;Commentaire\nATTENTE;31/03/2026;200;bip\u0007\n");

    assertThat(report.get(ImportOutcome.Kind.REFUSED)).extracting(ImportOutcome::toString)
        .containsExactly("REFUSED indicateurs.csv:2:D contains the control character U+0007: expected text without control characters");
  }

  @Test
  void a_sheet_without_a_header_row_is_refused_with_what_it_reads() {
    assertThatThrownBy(() -> csv("a;b;c\n1;2;3\n")).isInstanceOf(SourceFormatException.class)
        .hasMessage("indicateurs.csv:1: no header row: expected, within the first 20 rows, one naming the columns "
            + "(Indicateur or Résultat clé, Date, Valeur or Numérateur and Dénominateur); the first row reads a | b | c");
  }

  @Test
  void a_header_without_a_date_column_is_refused() {
    assertThatThrownBy(() -> csv("Indicateur;Valeur\nATTENTE;200\n")).isInstanceOf(SourceFormatException.class)
        .hasMessage("indicateurs.csv:1: the header has no column Date; it reads Indicateur | Valeur");
  }

  @Test
  void two_columns_meaning_the_same_thing_are_refused() {
    assertThatThrownBy(() -> csv("Indicateur;Date;Valeur;Value\nATTENTE;31/03/2026;200;200\n"))
        .isInstanceOf(SourceFormatException.class)
        .hasMessage("indicateurs.csv:1: columns C and D both mean VALUE: keep one, or map one to another column");
  }

  @Test
  void more_columns_than_the_limit_is_refused_whole() {
    SpreadsheetImport sheets = Fixtures.sheets().limits(1_000_000, 100, 5, 100).build();

    assertThatThrownBy(() -> csv(sheets, "Indicateur;Date;Valeur;a;b;c;d\n".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(SourceFormatException.class).hasMessageContaining("indicateurs.csv");
  }

  @Test
  void more_bytes_than_the_limit_is_refused_whole() {
    SpreadsheetImport sheets = Fixtures.sheets().limits(100, 100, 50, 100).build();
    String big = "Indicateur;Date;Valeur\n" + "ATTENTE;31/03/2026;200\n".repeat(20);

    assertThatThrownBy(() -> csv(sheets, big.getBytes(StandardCharsets.UTF_8))).isInstanceOf(SourceFormatException.class)
        .hasMessage("indicateurs.csv: is longer than the limit of 100 bytes: split it, or raise the limit (maxBytes)");
  }

  @Test
  void more_rows_than_the_limit_is_refused_whole() {
    SpreadsheetImport sheets = Fixtures.sheets().limits(1_000_000, 2, 50, 100).build();

    assertThatThrownBy(() -> csv(sheets, "Indicateur;Date;Valeur\nATTENTE;31/03/2026;200\nATTENTE;30/04/2026;200\nATTENTE;31/05/2026;200\n"
        .getBytes(StandardCharsets.UTF_8))).isInstanceOf(SourceFormatException.class)
        .hasMessage("indicateurs.csv:4: more than 2 rows: split the file, or raise the limit (maxRows)");
  }

  @Test
  void problems_beyond_the_listed_limit_are_counted() {
    SpreadsheetImport sheets = Fixtures.sheets().maxProblems(2).build();
    ImportReport report = csv(sheets, ("Indicateur;Date;Valeur\n" + "X;31/03/2026;1\n".repeat(5)).getBytes(StandardCharsets.UTF_8));

    assertThat(report.get(ImportOutcome.Kind.REFUSED)).hasSize(2);
    assertThat(report.count(ImportOutcome.Kind.REFUSED)).isEqualTo(5);
    assertThat(report.getOmittedProblems()).isEqualTo(3);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"78,5|78.5", "78.5|78.5", "1 234,5|1234.5", "1\u00A0234,5|1234.5", "−3|-3", "78,5 %|78.5",
      "78,5%|78.5", "0|0"})
  void numbers_as_french_spreadsheets_write_them(String cell, String expected) throws Exception {
    assertThat(CellText.number(cell, ';').value()).isEqualByComparingTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"31/03/2026|2026-03-31", "1/4/2026|2026-04-01", "31.03.2026|2026-03-31",
      "31-03-2026|2026-03-31", "2026-03-31|2026-03-31", "31/03/2026 00:00|2026-03-31", "2026-03-31 00:00:00|2026-03-31",
      "2026-03-31T10:00:00+02:00|2026-03-31"})
  void dates_are_read_day_first_or_iso(String cell, LocalDate expected) throws Exception {
    assertThat(CellText.date(cell)).isEqualTo(expected);
  }

  @Test
  void a_comma_in_a_number_of_a_comma_separated_file_is_refused_as_ambiguous() {
    assertThatThrownBy(() -> CellText.number("1,5", ',')).isInstanceOf(CellText.Unreadable.class)
        .hasMessage("is '1,5': with ',' as the separator, write decimals with a point (78.5)");
  }

  @Test
  void headers_are_folded_without_case_accents_or_punctuation() {
    assertThat(CheckInColumn.fold("  Dénominateur (N) ")).isEqualTo("denominateur n");
    assertThat(CheckInColumn.forHeader("Date d'observation")).contains(CheckInColumn.DATE);
    assertThat(CheckInColumn.forHeader("Résultat-clé")).contains(CheckInColumn.KEY_RESULT);
    assertThat(CheckInColumn.forHeader("Pilote")).isEmpty();
  }
}
