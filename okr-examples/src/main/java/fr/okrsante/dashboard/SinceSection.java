package fr.okrsante.dashboard;

import static fr.okrsante.dashboard.HtmlDashboard.escape;

import fr.okrsante.plan.KeyResult;
import fr.okrsante.dashboard.Dashboard.ObjectiveLine;
import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.KeyResultProgress;
import fr.okrsante.plan.ObjectiveProgress;
import fr.okrsante.plan.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What moved since the last steering committee, first on the page: status changes, objectives and
 * key results that crossed their expected pace, and key results with new check-ins. Only what the
 * viewer may see: a key result whose values are restricted counts no check-in.
 */
final class SinceSection {

  /** One thing that moved. */
  record Change(String kind, String text, Status status) {}

  private SinceSection() {}

  /** The changes since the dashboard's earlier date, what needs attention first; empty without one. */
  static List<Change> changes(Dashboard dashboard, Labels labels) {
    List<Change> attention = new ArrayList<>();
    List<Change> others = new ArrayList<>();
    if (dashboard.getSince().isEmpty()) {
      return attention;
    }
    LocalDate since = dashboard.getSince().get();
    for (ObjectiveLine line : dashboard.getObjectives()) {
      Optional<ObjectiveProgress> earlier = dashboard.earlier(line.objectiveId());
      if (line.repeated() || earlier.isEmpty()) {
        continue;
      }
      ObjectiveProgress now = dashboard.progress(line.objectiveId());
      ObjectiveProgress then = earlier.get();
      List<String> parts = new ArrayList<>();
      if (then.getStatus() != now.getStatus()) {
        parts.add(labels.format("since.statusChanged", labels.status(then.getStatus()), labels.status(now.getStatus())));
      }
      Optional<String> crossing = crossing(then.getProgress(), then.getExpectedProgress(), now.getProgress(),
          now.getExpectedProgress(), labels);
      crossing.ifPresent(parts::add);
      add(dashboard.objectiveTitle(line.objectiveId()), parts, now.getStatus(), then.getStatus() != now.getStatus() || isFallBehind(
          then.getProgress(), then.getExpectedProgress(), now.getProgress(), now.getExpectedProgress()), attention, others);
    }
    Trends trends = dashboard.trends();
    for (KeyResultProgress now : dashboard.getKeyResults()) {
      String id = now.getKeyResultId();
      Optional<KeyResult> keyResult = dashboard.keyResult(id);
      List<String> parts = new ArrayList<>();
      boolean needsAttention = false;
      Optional<KeyResultProgress> then = trends.earlier(id);
      if (then.isPresent()) {
        if (then.get().getStatus() != now.getStatus()) {
          parts.add(labels.format("since.statusChanged", labels.status(then.get().getStatus()),
              labels.status(now.getStatus())));
          needsAttention = true;
        }
        crossing(then.get().getProgress(), then.get().getExpectedProgress(), now.getProgress(),
            now.getExpectedProgress(), labels).ifPresent(parts::add);
        needsAttention |= isFallBehind(then.get().getProgress(), then.get().getExpectedProgress(), now.getProgress(),
            now.getExpectedProgress());
      }
      if (!now.isValueRestricted() && keyResult.isPresent()) {
        int count = 0;
        CheckIn latest = null;
        for (CheckIn checkIn : keyResult.get().getCheckIns()) {
          if (checkIn.getObservedOn().isAfter(since) && !checkIn.getObservedOn().isAfter(dashboard.getAsOf())) {
            count++;
            if (latest == null || !checkIn.getObservedOn().isBefore(latest.getObservedOn())) {
              latest = checkIn;
            }
          }
        }
        if (latest != null) {
          parts.add(labels.format("since.newCheckIns", count, Measures.value(keyResult.get(),
              Optional.of(latest.getValue()), labels), labels.date(latest.getObservedOn())));
        }
      }
      add(labels.get("label.kr") + " " + dashboard.keyResultTitle(id), parts, now.getStatus(), needsAttention,
          attention, others);
    }
    attention.addAll(others);
    return attention;
  }

  private static void add(String title, List<String> parts, Status status, boolean needsAttention, List<Change> attention,
      List<Change> others) {
    if (parts.isEmpty()) {
      return;
    }
    Change change = new Change(needsAttention ? "attention" : "moved", title + " — " + String.join(" ; ", parts), status);
    (needsAttention ? attention : others).add(change);
  }

  private static boolean isFallBehind(OptionalDouble before, double expectedBefore, OptionalDouble after,
      double expectedAfter) {
    return before.isPresent() && after.isPresent() && before.getAsDouble() >= expectedBefore - 1e-9
        && after.getAsDouble() < expectedAfter - 1e-9;
  }

  private static Optional<String> crossing(OptionalDouble before, double expectedBefore, OptionalDouble after,
      double expectedAfter, Labels labels) {
    if (before.isEmpty() || after.isEmpty()) {
      return Optional.empty();
    }
    if (isFallBehind(before, expectedBefore, after, expectedAfter)) {
      return Optional.of(labels.format("since.fellBehind", labels.percent(after), labels.percent(expectedAfter)));
    }
    if (before.getAsDouble() < expectedBefore - 1e-9 && after.getAsDouble() >= expectedAfter - 1e-9) {
      return Optional.of(labels.format("since.caughtUp", labels.percent(after)));
    }
    return Optional.empty();
  }

  /** The section, as HTML. */
  static String html(Dashboard dashboard, Labels labels) {
    StringBuilder out = new StringBuilder("<section class=\"since\"><h2>").append(escape(labels.get("section.since")))
        .append("</h2>\n");
    if (dashboard.getSince().isEmpty()) {
      return out.append("<p class=\"hint\">").append(escape(labels.format("since.hint"))).append("</p></section>\n")
          .toString();
    }
    List<Change> changes = changes(dashboard, labels);
    if (changes.isEmpty()) {
      return out.append("<p>").append(escape(labels.format("since.nothing", labels.date(dashboard.getSince().get()))))
          .append("</p></section>\n").toString();
    }
    out.append("<ul>\n");
    for (Change change : changes) {
      out.append("<li class=\"since-").append(change.kind()).append("\">").append(HtmlDashboard.chip(change.status(), labels))
          .append(' ').append(escape(change.text())).append("</li>\n");
    }
    return out.append("</ul></section>\n").toString();
  }
}
