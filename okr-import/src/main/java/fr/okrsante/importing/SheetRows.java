package fr.okrsante.importing;

import java.io.Closeable;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Rows of one sheet (a CSV file, or one sheet of a workbook), read one at a time. */
interface SheetRows extends Closeable {

  /** One row: its 1-based number (a CSV file's line, a sheet's row) and its cells as text. */
  record Row(long number, List<String> cells) {}

  /** The name used in messages: the file name, or {@code book.xlsx[Feuil1]}. */
  String sheet();

  /** The next row, or null at the end. */
  @Nullable Row next();

  /** What the reader detected or assumed about the source (encoding, separator…), read so far. */
  List<String> assumptions();
}
