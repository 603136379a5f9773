package fr.okrsante.importing;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a column of a check-in sheet holds. One row is one check-in; its columns are recognised by
 * their header, in French or English, in any order, regardless of case, accents and punctuation
 * ({@code Indicateur}, {@code Date}, {@code Valeur}, {@code Numérateur}, {@code Dénominateur},
 * {@code Statut}, {@code Commentaire}, {@code Auteur}, or {@code Key result}, {@code Value}, …), or
 * by a mapping the user gives ({@link SpreadsheetImport.Builder#map(String, CheckInColumn)}).
 */
public enum CheckInColumn {
  /** The key result id ({@code Résultat clé}, {@code Key result}, {@code KR}). */
  KEY_RESULT("resultat cle", "id resultat cle", "resultat cle id", "key result", "key result id", "kr", "id kr", "kr id"),
  /** The indicator code, matched against key results' indicator bindings ({@code Indicateur}, {@code Indicator}). */
  INDICATOR("indicateur", "code indicateur", "indicateur code", "indicator", "indicator code", "code"),
  /** The observation date ({@code Date}, {@code Date d'observation}, {@code Observed on}). */
  DATE("date", "date d observation", "date observation", "date de mesure", "observe le", "observed on", "observation date"),
  /** The value ({@code Valeur}, {@code Value}, {@code Résultat}). */
  VALUE("valeur", "value", "resultat", "taux", "rate"),
  /** A rate's numerator ({@code Numérateur}, {@code Numerator}). */
  NUMERATOR("numerateur", "numerator", "num"),
  /** A rate's denominator ({@code Dénominateur}, {@code Denominator}). */
  DENOMINATOR("denominateur", "denominator", "denom", "den"),
  /** Final or provisional ({@code Statut}, {@code Status}); empty means final. */
  STATUS("statut", "status", "etat", "state"),
  /** A note ({@code Commentaire}, {@code Note}, {@code Comment}). */
  NOTE("note", "notes", "commentaire", "commentaires", "comment", "remarque"),
  /** A pseudonymous author id ({@code Auteur}, {@code Author}). */
  AUTHOR("auteur", "author", "author id", "saisi par", "id auteur");

  private final List<String> names;

  CheckInColumn(String... names) {
    this.names = List.of(names);
  }

  /**
   * Returns the header names this column is recognised by, in their folded form (lower case, no
   * accents, punctuation as single spaces).
   *
   * @return the names
   */
  public List<String> getNames() {
    return names;
  }

  /**
   * Finds the column a header names.
   *
   * @param header a header cell as written, e.g. {@code "Numérateur "} or {@code "DATE"}
   * @return the column; empty if the header names none
   */
  public static Optional<CheckInColumn> forHeader(String header) {
    String folded = fold(header);
    for (CheckInColumn column : values()) {
      if (column.names.contains(folded)) {
        return Optional.of(column);
      }
    }
    return Optional.empty();
  }

  /** Lower case, without accents, every run of other characters than letters and digits one space. */
  static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    boolean space = false;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        out.append(c);
      } else {
        space = true;
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
