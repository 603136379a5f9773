package fr.okrsante.review;

import fr.okrsante.plan.FrameworkRef;
import fr.okrsante.plan.FrameworkScheme;
import fr.okrsante.plan.Objective;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code framework-code-format} (warning): a framework reference whose code does not have the form
 * of its scheme's codes.
 *
 * <p><b>Why.</b> Framework references answer "which HAS criteria does no objective cover?" before
 * a certification visit; a code typed "1-1.01" or "critère 2.4" matches no criterion, so the
 * objective silently covers nothing. The forms checked ({@link #FORMATS}):
 * <ul>
 *   <li>HAS certification of establishments: chapter.objective, or a criterion chapter.objective-number
 *       ({@code 2.4}, {@code 1.1-01}, {@code 2.4-04});</li>
 *   <li>HAS ESSMS framework: chapter.objective, or chapter.objective.criterion ({@code 3.2}, {@code 3.2.1});</li>
 *   <li>IQSS indicators: a code of letters, digits and {@code - _ + .} starting with a letter
 *       ({@code e-Satis-MCO}, {@code ETE-ORTHO});</li>
 *   <li>NHS Outcomes Framework: domain, optional letter, optional indicator and roman sub-indicator
 *       ({@code 3.7.ii}, {@code 1a.i}, {@code 2});</li>
 * </ul>
 * Other schemes (CPOM, PRS, CLS, QVCT, free) have local codes and are not checked.
 */
public final class FrameworkCodeFormat extends BuiltInRule {

  /** The rule id. */
  public static final String ID = "framework-code-format";

  /** The form of each checked scheme's codes. */
  public static final Map<FrameworkScheme, Pattern> FORMATS;

  /** An example code of each checked scheme, for the suggestion. */
  private static final Map<FrameworkScheme, String> EXAMPLES;

  static {
    Map<FrameworkScheme, Pattern> formats = new EnumMap<>(FrameworkScheme.class);
    formats.put(FrameworkScheme.HAS_CERTIFICATION, Pattern.compile("\\d{1,2}\\.\\d{1,2}(-\\d{2})?"));
    formats.put(FrameworkScheme.HAS_ESSMS, Pattern.compile("\\d{1,2}\\.\\d{1,2}(\\.\\d{1,2})?"));
    formats.put(FrameworkScheme.IQSS, Pattern.compile("[A-Za-z][A-Za-z0-9_+.-]{1,39}"));
    formats.put(FrameworkScheme.NHS_OUTCOMES, Pattern.compile("\\d[a-z]?(\\.\\d{1,2}[a-z]?)?(\\.[ivx]{1,4})?"));
    FORMATS = java.util.Collections.unmodifiableMap(formats);
    Map<FrameworkScheme, String> examples = new EnumMap<>(FrameworkScheme.class);
    examples.put(FrameworkScheme.HAS_CERTIFICATION, "1.1-01");
    examples.put(FrameworkScheme.HAS_ESSMS, "3.2.1");
    examples.put(FrameworkScheme.IQSS, "e-Satis-MCO");
    examples.put(FrameworkScheme.NHS_OUTCOMES, "3.7.ii");
    EXAMPLES = java.util.Collections.unmodifiableMap(examples);
  }

  /** Creates the rule. */
  public FrameworkCodeFormat() {
    super(ID, Severity.WARNING);
  }

  @Override
  public List<Finding> check(ReviewContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Objective objective : context.getPlan().getObjectives()) {
      for (FrameworkRef ref : objective.getFrameworkRefs()) {
        Pattern format = FORMATS.get(ref.getScheme());
        if (format != null && !format.matcher(ref.getCode()).matches()) {
          findings.add(context.bundled(this, ReviewContext.pathOf(objective).property("frameworkRefs")
                  .element(ref.getScheme() + ":" + ref.getCode(), java.util.Set.of()),
              List.of(objective.getId()), objective.getTitle(), ref.getCode(), Rules.schemeName(ref.getScheme()),
              EXAMPLES.getOrDefault(ref.getScheme(), "")));
        }
      }
    }
    return findings;
  }
}
