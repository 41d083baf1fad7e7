package dev.ruff.lex;

import dev.ruff.diag.Diagnostic;
import dev.ruff.diag.SourcePos;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns Ruff source text into tokens (§1 of the language reference). Errors never stop the lexer: each
 * becomes a {@code RUFLEXnnn} diagnostic and lexing continues, emitting a best-effort token where that
 * keeps the parser from reporting follow-up noise.
 *
 * <p>Usage: {@code Lexer lx = new Lexer(src, file); List<Token> tokens = lx.tokenize(); lx.diagnostics()}.
 * The token list always ends with {@link TokenType#EOF}.</p>
 */
public final class Lexer {
    public static final int MAX_IDENTIFIER_LENGTH = 256;
    public static final int MAX_STRING_LENGTH = 8192;
    public static final int MAX_NUMBER_LENGTH = 512;
    static final String HELP = "Fix the lexical error in source and run again.";

    private final String src;
    private final String file;
    private int index;
    private int line;
    private int column;
    private final List<Token> tokens = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    /** A lexer for a whole file, starting at line 1, column 1. */
    public Lexer(String source, String file) {
        this(source, file, 1, 1);
    }

    /**
     * A lexer for a fragment of a file (the text of a {@code ${...}} interpolation), so that positions
     * point into the original file.
     */
    public Lexer(String source, String file, int startLine, int startColumn) {
        this.src = source;
        this.file = file;
        this.line = startLine;
        this.column = startColumn;
    }

    /** Lexes the whole input; call once. */
    public List<Token> tokenize() {
        while (true) {
            skipTrivia();
            if (atEnd()) {
                break;
            }
            lexToken();
        }
        tokens.add(new Token(TokenType.EOF, "", null, here()));
        return List.copyOf(tokens);
    }

    /** The diagnostics found by {@link #tokenize()}, in source order. */
    public List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }

    // ---------------------------------------------------------------- scanning primitives

    private boolean atEnd() {
        return index >= src.length();
    }

    private int peek() {
        return atEnd() ? -1 : src.codePointAt(index);
    }

    private int peekAt(int offsetChars) {
        int j = index + offsetChars;
        return j >= src.length() ? -1 : src.charAt(j);
    }

    private SourcePos here() {
        return new SourcePos(file, line, column);
    }

    /** Consumes one code point; {@code \r\n}, {@code \n} and a lone {@code \r} each end one line. */
    private void advance() {
        int c = src.codePointAt(index);
        index += Character.charCount(c);
        if (c == '\n' || (c == '\r' && peek() != '\n')) {
            line++;
            column = 1;
        } else if (c != '\r') {
            column++;
        }
    }

    private void error(int n, String message, SourcePos pos) {
        diagnostics.add(new Diagnostic(String.format("RUFLEX%03d", n), "lexer", message, pos, HELP));
    }

    private void add(TokenType type, int start, Object value, SourcePos pos) {
        tokens.add(new Token(type, src.substring(start, index), value, pos));
    }

    // ---------------------------------------------------------------- trivia

    private void skipTrivia() {
        while (!atEnd()) {
            int c = peek();
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                advance();
            } else if (c == '#' || (c == '/' && peekAt(1) == '/')) {
                while (!atEnd() && peek() != '\n' && peek() != '\r') {
                    advance();
                }
            } else if (c == '/' && peekAt(1) == '*') {
                SourcePos start = here();
                advance();
                advance();
                while (!atEnd() && !(peek() == '*' && peekAt(1) == '/')) {
                    advance();
                }
                if (atEnd()) {
                    error(4, "Unterminated block comment", start);
                } else {
                    advance();
                    advance();
                }
            } else {
                return;
            }
        }
    }

    // ---------------------------------------------------------------- tokens

    private void lexToken() {
        int c = peek();
        SourcePos pos = here();
        int start = index;
        if (c >= '0' && c <= '9') {
            lexNumber(start, pos);
        } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_') {
            lexWord(start, pos);
        } else if (c == '"') {
            lexString(start, pos);
        } else if (c == 0) {
            error(2, "Null byte is not allowed in source", pos);
            advance();
        } else {
            TokenType op = operatorAt();
            if (op == null) {
                error(1, "Invalid character: '" + new String(Character.toChars(c)) + "'", pos);
                advance();
            } else {
                for (int k = 0; k < op.spelling().length(); k++) {
                    advance();
                }
                add(op, start, null, pos);
            }
        }
    }

    /** The longest operator or punctuation token at the current position (maximal munch), or null. */
    private TokenType operatorAt() {
        char c = src.charAt(index);
        int n1 = peekAt(1);
        if (c == '.' && n1 == '.' && peekAt(2) == '.') {
            return TokenType.ELLIPSIS;
        }
        String two = n1 < 0 ? "" : "" + c + (char) n1;
        switch (two) {
            case "==": return TokenType.EQ_EQ;
            case "!=": return TokenType.BANG_EQ;
            case "<=": return TokenType.LT_EQ;
            case ">=": return TokenType.GT_EQ;
            case "&&": return TokenType.AND_AND;
            case "||": return TokenType.OR_OR;
            case ":=": return TokenType.COLON_EQ;
            case "+=": return TokenType.PLUS_EQ;
            case "-=": return TokenType.MINUS_EQ;
            case "*=": return TokenType.STAR_EQ;
            case "/=": return TokenType.SLASH_EQ;
            case "%=": return TokenType.PERCENT_EQ;
            case "??": return TokenType.QUESTION_QUESTION;
            case "?.": return TokenType.QUESTION_DOT;
            case "|>": return TokenType.PIPE_GT;
            case "::": return TokenType.COLON_COLON;
            case "->": return TokenType.ARROW;
            default: break;
        }
        switch (c) {
            case '+': return TokenType.PLUS;
            case '-': return TokenType.MINUS;
            case '*': return TokenType.STAR;
            case '/': return TokenType.SLASH;
            case '%': return TokenType.PERCENT;
            case '<': return TokenType.LT;
            case '>': return TokenType.GT;
            case '!': return TokenType.BANG;
            case '=': return TokenType.EQ;
            case '?': return TokenType.QUESTION;
            case '&': return TokenType.AMP;
            case '|': return TokenType.PIPE;
            case '(': return TokenType.LPAREN;
            case ')': return TokenType.RPAREN;
            case '{': return TokenType.LBRACE;
            case '}': return TokenType.RBRACE;
            case '[': return TokenType.LBRACKET;
            case ']': return TokenType.RBRACKET;
            case ',': return TokenType.COMMA;
            case ';': return TokenType.SEMICOLON;
            case ':': return TokenType.COLON;
            case '.': return TokenType.DOT;
            default: return null;
        }
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isIdentPart(int c) {
        return c == '_' || (c >= 0 && Character.isLetterOrDigit(c));
    }

    private void lexNumber(int start, SourcePos pos) {
        while (isDigit(peek())) {
            advance();
        }
        boolean isFloat = false;
        // a '.' belongs to the number only when a digit follows: `1.foo` is `1` `.` `foo`
        if (peek() == '.' && isDigit(peekAt(1))) {
            isFloat = true;
            advance();
            while (isDigit(peek())) {
                advance();
            }
        }
        if (isIdentPart(peek()) || (peek() == '.' && isDigit(peekAt(1)))) {
            while (isIdentPart(peek()) || (peek() == '.' && isDigit(peekAt(1)))) {
                advance();
            }
            error(7, "Malformed numeric literal: " + src.substring(start, index), pos);
            add(TokenType.INT, start, 0L, pos);
            return;
        }
        String text = src.substring(start, index);
        if (text.length() > MAX_NUMBER_LENGTH) {
            error(10, "Numeric literal exceeds max length of " + MAX_NUMBER_LENGTH + " characters", pos);
            add(isFloat ? TokenType.FLOAT : TokenType.INT, start, isFloat ? (Object) 0.0 : (Object) 0L, pos);
            return;
        }
        if (isFloat) {
            double d = Double.parseDouble(text);
            if (Double.isInfinite(d)) {
                error(6, "Numeric literal overflow: " + text, pos);
                d = 0.0;
            }
            add(TokenType.FLOAT, start, d, pos);
        } else {
            long v;
            try {
                v = Long.parseLong(text);
            } catch (NumberFormatException e) {
                error(6, "Numeric literal overflow: " + text, pos);
                v = 0L;
            }
            add(TokenType.INT, start, v, pos);
        }
    }

    private void lexWord(int start, SourcePos pos) {
        int length = 0;
        while (isIdentPart(peek())) {
            advance();
            length++;
        }
        if (length > MAX_IDENTIFIER_LENGTH) {
            error(8, "Identifier exceeds max length of " + MAX_IDENTIFIER_LENGTH + " characters", pos);
        }
        String word = src.substring(start, index);
        TokenType reserved = TokenType.reservedWord(word);
        if (reserved == TokenType.TRUE || reserved == TokenType.FALSE) {
            add(reserved, start, reserved == TokenType.TRUE, pos);
        } else {
            add(reserved == null ? TokenType.IDENT : reserved, start, null, pos);
        }
    }

    private void lexString(int start, SourcePos pos) {
        advance(); // opening quote
        int contentStart = index;
        int contentEnd;
        StringBuilder literal = new StringBuilder();
        SourcePos literalPos = here();
        List<TemplatePart> parts = null;
        while (true) {
            if (atEnd() || peek() == '\n' || peek() == '\r') {
                error(3, "Unterminated string literal", pos);
                contentEnd = index;
                break;
            }
            int c = peek();
            if (c == '"') {
                contentEnd = index;
                advance();
                break;
            }
            if (c == '\\') {
                SourcePos escPos = here();
                advance();
                int e = peek();
                if (e < 0 || e == '\n' || e == '\r') {
                    continue; // reported as unterminated on the next iteration
                }
                advance();
                switch (e) {
                    case 'n': literal.append('\n'); break;
                    case 't': literal.append('\t'); break;
                    case 'r': literal.append('\r'); break;
                    case '\\': literal.append('\\'); break;
                    case '"': literal.append('"'); break;
                    case '$': literal.append('$'); break;
                    default:
                        error(5, "Invalid escape sequence: \\\\" + new String(Character.toChars(e)), escPos);
                }
            } else if (c == '$' && peekAt(1) == '{') {
                if (parts == null) {
                    parts = new ArrayList<>();
                }
                if (literal.length() > 0) {
                    parts.add(new TemplatePart(false, literal.toString(), literalPos));
                    literal.setLength(0);
                }
                if (!captureInterpolation(parts)) {
                    contentEnd = index;
                    break;
                }
                literalPos = here();
            } else if (c == 0) {
                error(2, "Null byte is not allowed in source", here());
                advance();
            } else {
                literal.appendCodePoint(c);
                advance();
            }
        }
        String content = src.substring(contentStart, contentEnd);
        if (content.codePointCount(0, content.length()) > MAX_STRING_LENGTH) {
            error(9, "String literal exceeds max length of " + MAX_STRING_LENGTH + " characters", pos);
        }
        if (parts == null) {
            tokens.add(new Token(TokenType.STRING, content, literal.toString(), pos));
        } else {
            if (literal.length() > 0) {
                parts.add(new TemplatePart(false, literal.toString(), literalPos));
            }
            tokens.add(new Token(TokenType.INTERP_STRING, content, List.copyOf(parts), pos));
        }
    }

    /**
     * Copies the raw text of a {@code ${...}} up to its matching brace. Quotes are not understood (as
     * upstream): a {@code }} inside a nested string literal ends the capture early.
     *
     * @return false when the input ended first (the string is then finished)
     */
    private boolean captureInterpolation(List<TemplatePart> parts) {
        SourcePos dollar = here();
        advance();
        advance();
        SourcePos codePos = here();
        int codeStart = index;
        int depth = 1;
        while (!atEnd()) {
            int c = peek();
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                parts.add(new TemplatePart(true, src.substring(codeStart, index), codePos));
                advance();
                return true;
            }
            advance();
        }
        error(3, "Unterminated interpolated string expression", dollar);
        return false;
    }
}
