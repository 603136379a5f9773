package fr.okrsante.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Decodes a byte stream as French spreadsheet exports come: UTF-8 with or without a byte-order
 * mark, UTF-16 with one (Excel's "Unicode text"), or Windows-1252 when the bytes are not UTF-8. The
 * switch to Windows-1252 happens at the first byte that is not UTF-8, provided everything before it
 * was ASCII (which both encodings read the same way); a file that is UTF-8 first and something else
 * later is refused. Counts the bytes and refuses a stream longer than the limit. Streams: memory
 * does not grow with the input.
 */
final class SniffingReader extends Reader {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private final InputStream in;
  private final String source;
  private final long maxBytes;
  private final boolean forced;
  private final ByteBuffer bytes = ByteBuffer.allocate(16_384);
  private final CharBuffer chars = CharBuffer.allocate(16_384);
  private CharsetDecoder decoder;
  private String encoding;
  private long consumed;
  private long offsetOfBuffer;
  private boolean nonAscii;
  private boolean eof;
  private boolean flushed;
  private boolean bom;

  SniffingReader(InputStream in, String source, long maxBytes, @Nullable Charset charset) throws IOException {
    this.in = Objects.requireNonNull(in, "in");
    this.source = source;
    this.maxBytes = maxBytes;
    this.forced = charset != null;
    chars.flip();
    bytes.flip();
    fillBytes();
    int b0 = byteAt(0);
    int b1 = byteAt(1);
    int b2 = byteAt(2);
    if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
      skip(3);
      bom = true;
      decoder = decoder(StandardCharsets.UTF_8);
      encoding = "UTF-8 with a byte-order mark";
    } else if (b0 == 0xFF && b1 == 0xFE) {
      skip(2);
      decoder = decoder(StandardCharsets.UTF_16LE);
      encoding = "UTF-16LE with a byte-order mark";
    } else if (b0 == 0xFE && b1 == 0xFF) {
      skip(2);
      decoder = decoder(StandardCharsets.UTF_16BE);
      encoding = "UTF-16BE with a byte-order mark";
    } else if (charset != null) {
      decoder = decoder(charset);
      encoding = charset.name() + " (given)";
    } else {
      decoder = decoder(StandardCharsets.UTF_8);
      encoding = "UTF-8 without a byte-order mark";
    }
  }

  private static CharsetDecoder decoder(Charset charset) {
    return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** What was read: the encoding and how it was chosen. Final once the stream has been read to its end. */
  String encoding() {
    return encoding;
  }

  private int byteAt(int i) {
    return bytes.limit() > i ? bytes.get(i) & 0xFF : -1;
  }

  private void skip(int n) {
    bytes.position(bytes.position() + n);
  }

  private void fillBytes() throws IOException {
    if (eof) {
      return;
    }
    offsetOfBuffer += bytes.position();
    bytes.compact();
    while (bytes.hasRemaining()) {
      int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (n < 0) {
        eof = true;
        break;
      }
      consumed += n;
      if (consumed > maxBytes) {
        throw new SourceFormatException(source, 0, "is longer than the limit of " + maxBytes
            + " bytes: split it, or raise the limit (maxBytes)");
      }
      bytes.position(bytes.position() + n);
      if (n > 0) {
        break;
      }
    }
    bytes.flip();
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    Objects.checkFromIndexSize(offset, length, buffer.length);
    if (length == 0) {
      return 0;
    }
    while (!chars.hasRemaining()) {
      if (flushed) {
        return -1;
      }
      decodeMore();
    }
    int n = Math.min(length, chars.remaining());
    chars.get(buffer, offset, n);
    return n;
  }

  private void decodeMore() throws IOException {
    chars.clear();
    try {
      while (chars.position() == 0) {
        if (!bytes.hasRemaining() || bytes.remaining() < 4) {
          fillBytes();
        }
        int before = chars.position();
        CoderResult result = decoder.decode(bytes, chars, eof);
        noteNonAscii(before);
        if (result.isError()) {
          if (!forced && !nonAscii && decoder.charset().equals(StandardCharsets.UTF_8) && !bom) {
            decoder = decoder(WINDOWS_1252);
            encoding = "Windows-1252 (the bytes are not UTF-8)";
            continue;
          }
          int bad = bytes.get(bytes.position()) & 0xFF;
          throw new SourceFormatException(source, 0, String.format("byte 0x%02X at offset %d is not %s%s", bad,
              offsetOfBuffer + bytes.position(), decoder.charset().name(), nonAscii && decoder.charset().equals(StandardCharsets.UTF_8)
                  ? ": the file mixes UTF-8 with another encoding; save it again as CSV UTF-8" : ""));
        }
        if (eof && !bytes.hasRemaining()) {
          decoder.flush(chars);
          flushed = true;
          break;
        }
        if (result.isOverflow()) {
          break;
        }
      }
    } finally {
      chars.flip();
    }
  }

  private void noteNonAscii(int from) {
    if (nonAscii) {
      return;
    }
    for (int i = from; i < chars.position(); i++) {
      if (chars.get(i) > 0x7F) {
        nonAscii = true;
        return;
      }
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
