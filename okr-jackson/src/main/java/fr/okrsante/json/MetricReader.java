package fr.okrsante.json;

import fr.okrsante.plan.ComputedMetric;
import fr.okrsante.plan.Guardrail;
import fr.okrsante.plan.Metric;
import fr.okrsante.plan.Milestone;
import fr.okrsante.plan.MoveToTarget;
import fr.okrsante.plan.Rate;
import fr.okrsante.plan.Target;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads a metric from the located tree, each type by its {@code type} member; stateless, its
 * problems go to the {@link PlanReader}.
 */
final class MetricReader {

  private MetricReader() {}

  static @Nullable Metric read(PlanReader r, Node node) {
    Members m = r.members(node, "a metric");
    if (m == null) {
      return null;
    }
    Node typeNode = m.require("type");
    Metric metric = null;
    if (typeNode != null && typeNode.kind != Node.Kind.STRING) {
      r.wrongType(typeNode, "a metric type");
    } else if (typeNode != null) {
      switch (typeNode.scalarText()) {
        case "move_to_target": metric = moveToTarget(r, node, m); break;
        case "guardrail": metric = guardrail(r, node, m); break;
        case "milestone": metric = milestone(r, node, m); break;
        case "rate": metric = rate(r, node, m); break;
        case "computed": metric = computed(r, node, m); break;
        default:
          r.problem(typeNode, "is not one of 'move_to_target', 'guardrail', 'milestone', 'rate' or 'computed'");
          break;
      }
    }
    if (metric == null) {
      // still report unknown members of a metric whose type is wrong? No: they depend on the type.
      return null;
    }
    return metric;
  }

  private static @Nullable MoveToTarget moveToTarget(PlanReader r, Node node, Members m) {
    BigDecimal baseline = m.decimal("baseline", false);
    Target target = m.object("target", true, n -> TargetReader.read(r, n));
    Boolean fromInitiatives = m.bool("fromInitiatives");
    m.finish();
    if (!m.buildable() || target == null) {
      return null;
    }
    return m.keep(r.build(node, () -> {
      MoveToTarget.Builder b = MoveToTarget.builder().baseline(Optional.ofNullable(baseline)).target(target);
      if (fromInitiatives != null) {
        b.fromInitiatives(fromInitiatives);
      }
      return b.build();
    }));
  }

  private static @Nullable Guardrail guardrail(PlanReader r, Node node, Members m) {
    BigDecimal low = m.decimal("low", false);
    BigDecimal high = m.decimal("high", false);
    m.finish();
    if (!m.buildable()) {
      return null;
    }
    return m.keep(r.build(node, () -> Guardrail.builder().low(Optional.ofNullable(low)).high(Optional.ofNullable(high)).build()));
  }

  private static @Nullable Milestone milestone(PlanReader r, Node node, Members m) {
    Boolean fromInitiatives = m.bool("fromInitiatives");
    m.finish();
    if (!m.buildable()) {
      return null;
    }
    return m.keep(r.build(node, () -> Boolean.TRUE.equals(fromInitiatives) ? Milestone.fromInitiatives() : Milestone.doneOrNot()));
  }

  private static @Nullable Rate rate(PlanReader r, Node node, Members m) {
    BigDecimal baseline = m.decimal("baseline", false);
    Target target = m.object("target", true, n -> TargetReader.read(r, n));
    m.finish();
    if (!m.buildable() || target == null) {
      return null;
    }
    return m.keep(r.build(node, () -> Rate.builder().baseline(Optional.ofNullable(baseline)).target(target).build()));
  }

  private static @Nullable ComputedMetric computed(PlanReader r, Node node, Members m) {
    var aggregation = m.constant("aggregation", Names.AGGREGATION, true);
    List<String> sources = m.strings("sourceIds", false);
    if (node.member("sourceIds") == null) {
      r.problem(node, "sourceIds is missing: a computed metric needs it");
    }
    BigDecimal baseline = m.decimal("baseline", true);
    Target target = m.object("target", true, n -> TargetReader.read(r, n));
    m.finish();
    if (!m.buildable() || aggregation == null || sources == null || baseline == null || target == null) {
      return null;
    }
    return m.keep(r.build(node, () -> ComputedMetric.builder().aggregation(aggregation).sourceIds(sources)
        .baseline(baseline).target(target).build()));
  }
}
