package dockyard.shell.parse;

import dockyard.shell.parse.Ast.Lit;
import dockyard.shell.parse.Ast.Script;
import dockyard.shell.parse.Ast.SimpleCommand;
import dockyard.shell.parse.Ast.Sub;
import dockyard.shell.parse.Ast.Var;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParserTest {
    private static SimpleCommand first(String line) throws ParseException {
        return Parser.parse(line).items().get(0).pipelines().get(0).commands().get(0);
    }

    @Test
    void singleQuotesKeepEverythingLiteral() throws ParseException {
        SimpleCommand c = first("echo '$HOME \"x\"'");
        assertThat(c.words().get(1).parts()).containsExactly(new Lit("$HOME \"x\"", true));
    }

    @Test
    void doubleQuotesExpandVariablesButNotSpaces() throws ParseException {
        SimpleCommand c = first("echo \"a $B c\"");
        assertThat(c.words()).hasSize(2);
        assertThat(c.words().get(1).parts()).containsExactly(new Lit("a ", true), new Var("B", true, null, null), new Lit(" c", true));
    }

    @Test
    void aBackslashNewlineContinuesTheLine() throws ParseException {
        SimpleCommand c = first("aws ecs list-clusters \\\n  --region us-east-1");
        assertThat(c.words()).hasSize(5);
    }

    @Test
    void commandSubstitutionNestsAScript() throws ParseException {
        SimpleCommand c = first("X=$(aws ecr get-login-password | cat)");
        assertThat(c.assignments()).hasSize(1);
        assertThat(c.assignments().get(0).value().parts().get(0)).isInstanceOf(Sub.class);
        Script inner = ((Sub) c.assignments().get(0).value().parts().get(0)).script();
        assertThat(inner.items().get(0).pipelines().get(0).commands()).hasSize(2);
    }

    @Test
    void pipesAndListsAreSplitByOperator() throws ParseException {
        Script s = Parser.parse("a | b && c || d; e");
        assertThat(s.items()).hasSize(2);
        assertThat(s.items().get(0).ops()).containsExactly("&&", "||");
        assertThat(s.items().get(0).pipelines().get(0).commands()).hasSize(2);
    }

    @Test
    void aQuotedHeredocDelimiterKeepsTheBodyLiteral() throws ParseException {
        SimpleCommand c = first("cat > Dockerfile <<'EOF'\nFROM $BASE\nEOF");
        assertThat(c.redirects()).hasSize(2);
        assertThat(c.redirects().get(1).heredoc().parts()).containsExactly(new Lit("FROM $BASE\n", true));
    }

    @Test
    void anUnquotedHeredocExpandsVariablesAndHonoursBackslashDollar() throws ParseException {
        SimpleCommand c = first("cat <<EOF\nA=$X \\$Y\nEOF");
        assertThat(c.redirects().get(0).heredoc().parts())
                .containsExactly(new Lit("A=", true), new Var("X", true, null, null), new Lit(" $Y\n", true));
    }

    @Test
    void openQuotesHeredocsAndTrailingPipesAreIncomplete() {
        for (String line : new String[]{"echo 'abc", "echo \"abc", "cat <<EOF\nabc", "echo a |", "echo a &&", "echo $(ls", "echo a \\"}) {
            assertThatThrownBy(() -> Parser.parse(line)).as(line).isInstanceOfSatisfying(ParseException.class, e -> assertThat(e.incomplete()).isTrue());
        }
    }

    @Test
    void aStrayOperatorIsABashSyntaxError() {
        assertThatThrownBy(() -> Parser.parse("| grep x")).hasMessage("bash: syntax error near unexpected token `|'");
        assertThatThrownBy(() -> Parser.parse("echo >")).hasMessage("bash: syntax error near unexpected token `newline'");
    }

    @Test
    void commentsEndTheLine() throws ParseException {
        SimpleCommand c = first("echo a # b c");
        assertThat(c.words()).hasSize(2);
        assertThat(first("echo a#b").words()).hasSize(2);
    }

    @Test
    void scriptsSplitIntoCommandsAsASandboxRunsThem() {
        String script = "# setup\n\necho one\ncat > f <<'EOF'\nline\n\nEOF\necho a \\\n  b\necho 'multi\nline'\n  # indented comment\n";
        assertThat(ScriptSplitter.split(script)).containsExactly("echo one", "cat > f <<'EOF'\nline\n\nEOF", "echo a \\\n  b", "echo 'multi\nline'");
    }
}
