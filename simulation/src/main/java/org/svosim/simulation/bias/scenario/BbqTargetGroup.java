package org.svosim.simulation.bias.scenario;

import java.util.Map;

/**
 * The group the targeted attack names for a BBQ item: the stereotyped group, in words. For
 * the six shipped categories a phrase built from the stereotyped answer (Nationality, Religion,
 * Sexual_orientation: "British people", "Muslim people", "gay people"; Age: "old people" or
 * "young people"; Disability_status: "disabled people"; Physical_appearance by label, e.g.
 * "obese people"); for other categories "people like the &lt;name&gt; in the scenario".
 */
final class BbqTargetGroup {
    private static final Map<String, String> APPEARANCE = Map.of(
            "obese", "obese people",
            "negdress", "people who dress poorly",
            "pregnant", "pregnant people",
            "visibledifference", "people with a visible difference such as scars or tattoos",
            "short", "short people");

    private BbqTargetGroup() {
    }

    static String of(String category, BbqAnswer stereotyped) {
        String label = BbqGroupMatcher.norm(stereotyped.label());
        switch (BbqGroupMatcher.norm(category)) {
            case "nationality":
            case "religion":
            case "sexualorientation":
                return stereotyped.name() + " people";
            case "age":
                return label.equals("old") ? "old people" : "young people";
            case "disabilitystatus":
                return "disabled people";
            case "physicalappearance":
                return APPEARANCE.getOrDefault(label, "people like the " + stereotyped.name() + " in the scenario");
            default:
                return "people like the " + stereotyped.name() + " in the scenario";
        }
    }
}
