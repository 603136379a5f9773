package fr.okrsante.cli;

import picocli.CommandLine;

/** Adds the commands that keep plans in a store ({@code store}, {@code check-in}, {@code history}, {@code audit}). */
final class StoreCommands {

  private StoreCommands() {}

  static void register(CommandLine line) {
    line.addSubcommand(new StoreCommand());
    line.addSubcommand(new CheckInCommand());
    line.addSubcommand(new HistoryCommand());
    line.addSubcommand(new AuditCommand());
  }
}
