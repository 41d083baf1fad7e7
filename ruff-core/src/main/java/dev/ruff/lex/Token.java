package dev.ruff.lex;

import dev.ruff.diag.SourcePos;
import java.math.BigDecimal;
import java.util.List;

/**
 * A lexed token.
 *
 * @param type  its kind
 * @param text  the source text (for strings: the text between the quotes, unprocessed)
 * @param value the literal value: {@code Long}, {@code Double}, {@code String}, {@code Boolean},
 *              a {@code List<TemplatePart>} for interpolated strings, otherwise {@code null}
 * @param pos   position of the token's first character
 */
public record Token(TokenType type, String text, Object value, SourcePos pos) {

    /** True when the token is of the given type. */
    public boolean is(TokenType t) {
        return type == t;
    }

    /** The parts of an {@link TokenType#INTERP_STRING} token. */
    @SuppressWarnings("unchecked")
    public List<TemplatePart> templateParts() {
        return (List<TemplatePart>) value;
    }

    /**
     * Renders the token the way upstream's Rust parser prints it in diagnostics, e.g.
     * {@code Identifier("x")}, {@code Int(5)}, {@code Punctuation('}')}, {@code Keyword("let")}, {@code Eof}.
     */
    public String debugString() {
        switch (type) {
            case INT:
                return "Int(" + value + ")";
            case FLOAT:
                return "Float(" + rustFloat((Double) value) + ")";
            case STRING:
                return "String(" + quoted((String) value) + ")";
            case INTERP_STRING:
                return "InterpolatedString(" + quoted(text) + ")";
            case TRUE:
            case FALSE:
                return "Bool(" + type.spelling() + ")";
            case IDENT:
                return "Identifier(" + quoted(text) + ")";
            case EOF:
                return "Eof";
            default:
                break;
        }
        switch (type.category()) {
            case KEYWORD:
                return "Keyword(" + quoted(type.spelling()) + ")";
            case PUNCTUATION:
                return "Punctuation('" + type.spelling() + "')";
            default:
                return "Operator(" + quoted(type.spelling()) + ")";
        }
    }

    private static String rustFloat(double d) {
        if (Double.isInfinite(d) || Double.isNaN(d)) {
            return Double.isNaN(d) ? "NaN" : (d > 0 ? "inf" : "-inf");
        }
        String plain = BigDecimal.valueOf(d).toPlainString();
        return plain.contains(".") ? plain : plain + ".0";
    }

    /** Rust {@code {:?}} quoting of a string. */
    private static String quoted(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': sb.append("\\\""); break;
                case '\\': sb.append("\\\\"); break;
                case '\n': sb.append("\\n"); break;
                case '\r': sb.append("\\r"); break;
                case '\t': sb.append("\\t"); break;
                case '\0': sb.append("\\0"); break;
                default: sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
