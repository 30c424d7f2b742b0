package org.svosim.simulation.population;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.svosim.agents.parse.LetterAnswerParser;
import org.svosim.agents.parse.NumberAnswerParser;
import org.svosim.agents.parse.ParsedAmount;
import org.svosim.agents.parse.ParsedAnswer;
import org.svosim.agents.persona.Persona;
import org.svosim.agents.prompt.PromptNumbers;
import org.svosim.agents.prompt.PromptTemplates;
import org.svosim.agents.prompt.TemplateNames;
import org.svosim.games.play.Choice;
import org.svosim.games.play.Question;
import org.svosim.games.slider.Allocation;

/**
 * One question of a game as an agent is asked it: the persona's system prompt and the question
 * text (game, rules, the agent's memory, the question's facts and every answer as a lettered line
 * with the payoffs it leads to, or, when it has more than {@value #MAX_LETTERS} answers, a number
 * range with a table of evenly spread amounts and their payoffs), and how its reply is read.
 *
 * @param system   the system prompt
 * @param user     the question
 * @param answers  the valid answers, in the choice's order (letter A = first)
 * @param lettered true when asked as letters, false when asked as a number
 * @param reask    the follow-up after an unclear reply
 */
public record MovePrompt(String system, String user, List<Double> answers, boolean lettered, String reask) {
    /** Most answers asked as letters. */
    static final int MAX_LETTERS = 26;
    /** Most rows of a number question's table. */
    static final int TABLE_ROWS = 21;

    public MovePrompt {
        answers = List.copyOf(answers);
    }

    /**
     * Renders {@code question} for an agent with {@code persona}.
     *
     * @param game     the game's label
     * @param rules    the game's rules
     * @param players  seats in the game (for "the other player" or "each other player")
     * @param outlook  per answer, the (own, others) payoffs of the round it leads to
     * @param settled  true when those payoffs are certain (no one else moves in the round)
     * @param memory   the agent's remembered rounds, oldest first, one sentence each
     */
    static MovePrompt of(PromptTemplates templates, Persona persona, String game, String rules, int players,
                         Question question, List<Allocation> outlook, boolean settled, List<String> memory) {
        String system = templates.render(TemplateNames.POPULATION_SYSTEM,
                Map.of("value_description", persona.valueDescription()));
        Choice choice = question.choice();
        List<Double> answers = choice.answers();
        Map<String, String> vars = new HashMap<>();
        vars.put("game", game);
        vars.put("rules", rules);
        vars.put("memory", memory.isEmpty() ? "" : "What you remember from earlier rounds:\n" + lines(memory));
        vars.put("facts", question.facts().isEmpty() ? "" : lines(question.facts()));
        vars.put("role", question.role());
        String otherLabel = players == 2 ? "the other player" : "each other player on average";
        vars.put("expectation", settled ? "nobody else decides in this round"
                : "on average, if the others' choices at this step were random and later steps of the round"
                + " were taken by people like you");
        if (answers.size() > MAX_LETTERS) {
            return number(templates, system, vars, (Choice.Range) choice, outlook, otherLabel);
        }
        List<String> options = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            Allocation a = outlook.get(i);
            options.add(templates.render(TemplateNames.POPULATION_OPTION, Map.of(
                    "letter", String.valueOf((char) ('A' + i)),
                    "self", PromptNumbers.plain(a.self()),
                    "other_label", otherLabel,
                    "other", PromptNumbers.plain(a.other()),
                    "answer", answerText(choice, answers.get(i)))));
        }
        char last = (char) ('A' + answers.size() - 1);
        vars.put("options", String.join("\n", options));
        vars.put("last_letter", String.valueOf(last));
        String user = templates.render(TemplateNames.POPULATION_QUESTION, vars);
        return new MovePrompt(system, user, answers, true,
                templates.render(TemplateNames.POPULATION_REASK, Map.of("expected", "the letter (A to " + last + ")")));
    }

    /** A range asked as a number, with a table of at most {@value #TABLE_ROWS} evenly spread amounts. */
    private static MovePrompt number(PromptTemplates templates, String system, Map<String, String> vars,
                                     Choice.Range range, List<Allocation> outlook, String otherLabel) {
        List<Double> answers = range.answers();
        List<String> rows = new ArrayList<>();
        int last = -1;
        for (int i = 0; i < TABLE_ROWS; i++) {
            int k = (int) Math.round(i * (answers.size() - 1) / (double) (TABLE_ROWS - 1));
            if (k == last) {
                continue;
            }
            last = k;
            rows.add(templates.render(TemplateNames.POPULATION_AMOUNT, Map.of(
                    "amount", PromptNumbers.plain(answers.get(k)),
                    "self", PromptNumbers.plain(outlook.get(k).self()),
                    "other_label", otherLabel,
                    "other", PromptNumbers.plain(outlook.get(k).other()))));
        }
        vars.put("table", String.join("\n", rows));
        vars.put("min", PromptNumbers.plain(range.min()));
        vars.put("max", PromptNumbers.plain(range.max()));
        vars.put("step", PromptNumbers.plain(range.step()));
        return new MovePrompt(system, templates.render(TemplateNames.POPULATION_NUMBER, vars), answers, false,
                templates.render(TemplateNames.POPULATION_REASK, Map.of("expected", "the number")));
    }

    /** The answer a reply gives, or null; {@code note} receives why not. */
    Double read(String reply, StringBuilder note) {
        if (lettered) {
            ParsedAnswer p = new LetterAnswerParser(answers.size()).parse(reply);
            note.append(p.note());
            return p.valid() ? answers.get(p.choice()) : null;
        }
        ParsedAmount p = new NumberAnswerParser(answers.get(0), answers.get(answers.size() - 1)).parse(reply);
        note.append(p.note());
        return p.valid() ? p.amount() : null;
    }

    private static String answerText(Choice choice, double answer) {
        if (choice instanceof Choice.Options options) {
            var o = options.options().get((int) answer);
            return o.description().isBlank() ? o.label() : o.label() + ": " + o.description();
        }
        return "amount " + choice.describe(answer);
    }

    private static String lines(List<String> sentences) {
        StringBuilder b = new StringBuilder();
        sentences.forEach(s -> b.append("- ").append(s).append('\n'));
        return b.toString();
    }
}
