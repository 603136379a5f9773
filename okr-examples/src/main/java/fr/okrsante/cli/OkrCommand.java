package fr.okrsante.cli;

import fr.okrsante.dashboard.Labels;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code okr} command-line tool: try the library on the embedded hospital plan, validate a
 * plan document, report on it as a dashboard, explain a figure.
 *
 * <pre>
 * java -jar okr-examples/target/okr.jar demo
 * java -jar okr-examples/target/okr.jar report plan.json --as-of 2026-06-30 --format html --output comite.html
 * </pre>
 *
 * <p>Exit codes: 0 success; 1 the plan is invalid; 2 usage error; 3 the input cannot be read;
 * 4 the output cannot be written (standard output closed or full, a file that cannot be written).
 * Errors are one line on standard error; {@code --debug} adds the stack trace. No error, not even
 * running out of memory, ends with a stack trace.
 */
@Command(name = "okr", mixinStandardHelpOptions = true, versionProvider = OkrCommand.Version.class,
    description = "OKR plans for health organisations: demo, validate, report, explain, lint.",
    subcommands = {DemoCommand.class, ValidateCommand.class, ReportCommand.class, ExplainCommand.class,
        FhirCommand.class, ImportCommand.class, LintCommand.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:the plan is invalid", "2:usage error", "3:the input cannot be read",
        "4:the output cannot be written"})
public final class OkrCommand implements Runnable {

  private static final Logger LOG = LoggerFactory.getLogger(OkrCommand.class);

  @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show stack traces of errors.")
  boolean debug;

  @CommandLine.Spec
  CommandLine.Model.@Nullable CommandSpec spec;

  private final Clock clock;
  private final Path workingDirectory;
  private final PlanDocuments documents;

  /**
   * Creates the command as the {@code okr} launcher does: system clock, current directory, plan
   * documents read from files.
   */
  public OkrCommand() {
    this(Clock.systemDefaultZone(), Path.of(""), new PlanFiles());
  }

  /**
   * Creates the command with its surroundings, for tests and hosts.
   *
   * @param clock where "today" comes from (the default {@code --as-of})
   * @param workingDirectory where {@code demo} writes its HTML page
   * @param documents how plan documents are read
   */
  public OkrCommand(Clock clock, Path workingDirectory, PlanDocuments documents) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.workingDirectory = Objects.requireNonNull(workingDirectory, "workingDirectory");
    this.documents = Objects.requireNonNull(documents, "documents");
  }

  /**
   * Runs the tool and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    // on the file descriptors, not System.out: a PrintStream hides write errors, a PrintWriter
    // over a plain stream records them (checkError), so a closed pipe or a full disk is seen
    PrintWriter out = new PrintWriter(new OutputStreamWriter(
        new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 64 * 1024), StandardCharsets.UTF_8), false);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
    System.exit(run(new OkrCommand(), args, out, err));
  }

  /**
   * Runs a command line in-process.
   *
   * @param command the command, with its surroundings
   * @param args the command line
   * @param out standard output
   * @param err standard error
   * @return the exit code: 0, 1, 2, 3 or 4
   */
  public static int run(OkrCommand command, String[] args, PrintWriter out, PrintWriter err) {
    try {
      return execute(command, args, out, err);
    } catch (OutOfMemoryError e) {
      // the last resort: a plan within the reading limits may still need more than this heap
      err.println("okr: out of memory (Java heap of " + PlanFiles.megabytes(Runtime.getRuntime().maxMemory())
          + "); run java with a larger -Xmx");
      err.flush();
      return CliException.UNREADABLE;
    }
  }

  private static int execute(OkrCommand command, String[] args, PrintWriter out, PrintWriter err) {
    CommandLine line = new CommandLine(command);
    StoreCommands.register(line);
    line.setOut(out);
    line.setErr(err);
    line.registerConverter(LocalDate.class, OkrCommand::date);
    // a usage error is one line and where to find help, not the whole help page
    line.setParameterExceptionHandler((exception, arguments) -> {
      CommandLine failed = exception.getCommandLine();
      err.println("okr: " + exception.getMessage().replace('\n', ' ').strip());
      err.println("okr: see '" + failed.getCommandSpec().qualifiedName() + " --help'");
      err.flush();
      return CliException.USAGE;
    });
    line.setExecutionExceptionHandler((exception, failed, parseResult) -> {
      boolean debug = command.debug;
      if (exception instanceof CliException cli) {
        err.println("okr: " + cli.getMessage());
        for (String detail : cli.getDetails()) {
          err.println("  " + detail);
        }
        if (debug) {
          exception.printStackTrace(err);
        }
        err.flush();
        return cli.getExitCode();
      }
      LOG.debug("unexpected failure", exception);
      err.println("okr: unexpected error (" + exception.getClass().getSimpleName() + "): " + exception.getMessage());
      if (debug) {
        exception.printStackTrace(err);
      } else {
        err.println("okr: run again with --debug to see the details");
      }
      err.flush();
      return CliException.INVALID_PLAN;
    });
    int code = line.execute(args);
    out.flush();
    if (out.checkError() && code != CliException.WRITE_FAILED) {
      err.println("okr: standard output cannot be written (closed pipe or full disk): output lost");
      code = CliException.WRITE_FAILED;
    }
    err.flush();
    return code;
  }

  /**
   * Reads an ISO date from the command line.
   *
   * @param text the argument
   * @return the date
   * @throws CommandLine.TypeConversionException saying what a date looks like
   */
  static LocalDate date(String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException("'" + text + "' is not a date: expected YYYY-MM-DD, e.g. 2026-06-30");
    }
  }

  @Override
  public void run() {
    // "okr" alone: show what it can do
    Objects.requireNonNull(spec, "spec").commandLine().usage(spec.commandLine().getOut());
  }

  Clock clock() {
    return clock;
  }

  Path workingDirectory() {
    return workingDirectory;
  }

  PlanDocuments documents() {
    return documents;
  }

  /** The labels for {@code --lang}, or the machine's language. */
  static Labels labels(@Nullable String language) {
    if (language == null) {
      return Labels.of(Locale.getDefault());
    }
    try {
      return Labels.forLanguage(language);
    } catch (IllegalArgumentException e) {
      throw new CliException(CliException.USAGE, e.getMessage());
    }
  }

  /**
   * The labels for {@code --lang}; without it, the plan's declared language, or else the
   * machine's.
   */
  static Labels labels(@Nullable String language, fr.okrsante.plan.Plan plan) {
    if (language == null && plan.getLanguage().isPresent()) {
      return Labels.of(plan.getLanguage().get());
    }
    return labels(language);
  }

  /** Standard output of the command line. */
  PrintWriter out() {
    return Objects.requireNonNull(spec, "spec").commandLine().getOut();
  }

  /**
   * Prints text on standard output and checks that it was written.
   *
   * @param text the text
   * @throws CliException with {@link CliException#WRITE_FAILED} if standard output is closed or full
   */
  void print(String text) {
    PrintWriter out = out();
    out.print(text);
    out.flush();
    if (out.checkError()) {
      throw new CliException(CliException.WRITE_FAILED,
          "standard output cannot be written (closed pipe or full disk): output lost");
    }
  }

  /** Reads the version from the build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties properties = new Properties();
      try (InputStream in = OkrCommand.class.getResourceAsStream("okr.properties")) {
        if (in != null) {
          properties.load(in);
        }
      }
      return new String[] {"okr " + properties.getProperty("version", "unknown") + " (okr-sante)"};
    }
  }
}
