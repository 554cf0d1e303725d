package dockyard.shell.docker.format;

import java.util.List;

/** The parse tree of a Go template: text, actions and the if/range/with blocks; {@code pos} is a byte offset. */
final class Nodes {
    private Nodes() {
    }

    sealed interface Node permits Text, Action, Block {
    }

    record Text(String text) implements Node {
    }

    record Action(Pipeline pipe, int pos) implements Node {
    }

    /** {@code kind} is if, range or with; {@code otherwise} is the {@code else} branch (empty when there is none). */
    record Block(String kind, Pipeline pipe, List<Node> body, List<Node> otherwise, int pos) implements Node {
    }

    /** {@code $a, $b := cmd | cmd}; {@code decls} empty when nothing is declared. */
    record Pipeline(List<String> decls, List<Cmd> cmds, int pos, String source) {
    }

    /** One command: a function and its arguments, or a single operand. */
    record Cmd(List<Arg> args, int pos, String source) {
    }

    sealed interface Arg permits Field, Var, Dot, Lit, Func, Sub {
    }

    /** {@code .A.B} relative to dot. */
    record Field(List<String> path, int pos, String source) implements Arg {
    }

    /** {@code $x.A.B} ({@code name} includes the {@code $}). */
    record Var(String name, List<String> path, int pos, String source) implements Arg {
    }

    record Dot() implements Arg {
    }

    /** A string, number, boolean or nil constant, already as a JSON value. */
    record Lit(com.fasterxml.jackson.databind.JsonNode value) implements Arg {
    }

    record Func(String name, int pos) implements Arg {
    }

    /** {@code (pipeline).A.B}. */
    record Sub(Pipeline pipe, List<String> path, int pos, String source) implements Arg {
    }
}
