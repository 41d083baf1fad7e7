package dev.ruff.lex;

import java.util.HashMap;
import java.util.Map;

/**
 * Every kind of Ruff token. Keywords, operators and punctuation carry their fixed spelling; the
 * {@link Category} decides how a token is rendered in parser diagnostics (Rust-debug style).
 */
public enum TokenType {
    // literals and names
    INT(Category.LITERAL, null),
    FLOAT(Category.LITERAL, null),
    STRING(Category.LITERAL, null),
    /** A string containing {@code ${...}}; its literal value is a list of {@link TemplatePart}s. */
    INTERP_STRING(Category.LITERAL, null),
    TRUE(Category.LITERAL, "true"),
    FALSE(Category.LITERAL, "false"),
    IDENT(Category.IDENTIFIER, null),

    // keywords (§1.3)
    LET(Category.KEYWORD, "let"), MUT(Category.KEYWORD, "mut"), CONST(Category.KEYWORD, "const"),
    FUNC(Category.KEYWORD, "func"), RETURN(Category.KEYWORD, "return"), ENUM(Category.KEYWORD, "enum"),
    MATCH(Category.KEYWORD, "match"), CASE(Category.KEYWORD, "case"), DEFAULT(Category.KEYWORD, "default"),
    IF(Category.KEYWORD, "if"), ELSE(Category.KEYWORD, "else"), LOOP(Category.KEYWORD, "loop"),
    WHILE(Category.KEYWORD, "while"), FOR(Category.KEYWORD, "for"), IN(Category.KEYWORD, "in"),
    BREAK(Category.KEYWORD, "break"), CONTINUE(Category.KEYWORD, "continue"), TRY(Category.KEYWORD, "try"),
    EXCEPT(Category.KEYWORD, "except"), INT_TYPE(Category.KEYWORD, "int"), FLOAT_TYPE(Category.KEYWORD, "float"),
    STRING_TYPE(Category.KEYWORD, "string"), BOOL_TYPE(Category.KEYWORD, "bool"), IMPORT(Category.KEYWORD, "import"),
    EXPORT(Category.KEYWORD, "export"), FROM(Category.KEYWORD, "from"), STRUCT(Category.KEYWORD, "struct"),
    IMPL(Category.KEYWORD, "impl"), SELF(Category.KEYWORD, "self"), NULL(Category.KEYWORD, "null"),
    SPAWN(Category.KEYWORD, "spawn"), TEST(Category.KEYWORD, "test"), TEST_SETUP(Category.KEYWORD, "test_setup"),
    TEST_TEARDOWN(Category.KEYWORD, "test_teardown"), TEST_GROUP(Category.KEYWORD, "test_group"),
    YIELD(Category.KEYWORD, "yield"), ASYNC(Category.KEYWORD, "async"), AWAIT(Category.KEYWORD, "await"),

    // operators (§1.6)
    PLUS(Category.OPERATOR, "+"), MINUS(Category.OPERATOR, "-"), STAR(Category.OPERATOR, "*"),
    SLASH(Category.OPERATOR, "/"), PERCENT(Category.OPERATOR, "%"),
    EQ_EQ(Category.OPERATOR, "=="), BANG_EQ(Category.OPERATOR, "!="), LT(Category.OPERATOR, "<"),
    LT_EQ(Category.OPERATOR, "<="), GT(Category.OPERATOR, ">"), GT_EQ(Category.OPERATOR, ">="),
    BANG(Category.OPERATOR, "!"), AND_AND(Category.OPERATOR, "&&"), OR_OR(Category.OPERATOR, "||"),
    COLON_EQ(Category.OPERATOR, ":="), EQ(Category.OPERATOR, "="),
    PLUS_EQ(Category.OPERATOR, "+="), MINUS_EQ(Category.OPERATOR, "-="), STAR_EQ(Category.OPERATOR, "*="),
    SLASH_EQ(Category.OPERATOR, "/="), PERCENT_EQ(Category.OPERATOR, "%="),
    QUESTION_QUESTION(Category.OPERATOR, "??"), QUESTION_DOT(Category.OPERATOR, "?."),
    QUESTION(Category.OPERATOR, "?"), PIPE_GT(Category.OPERATOR, "|>"), COLON_COLON(Category.OPERATOR, "::"),
    ARROW(Category.OPERATOR, "->"), ELLIPSIS(Category.OPERATOR, "..."),
    AMP(Category.OPERATOR, "&"), PIPE(Category.OPERATOR, "|"),

    // punctuation
    LPAREN(Category.PUNCTUATION, "("), RPAREN(Category.PUNCTUATION, ")"),
    LBRACE(Category.PUNCTUATION, "{"), RBRACE(Category.PUNCTUATION, "}"),
    LBRACKET(Category.PUNCTUATION, "["), RBRACKET(Category.PUNCTUATION, "]"),
    COMMA(Category.PUNCTUATION, ","), SEMICOLON(Category.PUNCTUATION, ";"),
    COLON(Category.PUNCTUATION, ":"), DOT(Category.PUNCTUATION, "."),

    EOF(Category.EOF, null);

    /** How a token kind is rendered in diagnostics. */
    public enum Category { LITERAL, IDENTIFIER, KEYWORD, OPERATOR, PUNCTUATION, EOF }

    private static final Map<String, TokenType> WORDS = new HashMap<>();

    static {
        for (TokenType t : values()) {
            if (t.category == Category.KEYWORD || t == TRUE || t == FALSE) {
                WORDS.put(t.spelling, t);
            }
        }
    }

    private final Category category;
    private final String spelling;

    TokenType(Category category, String spelling) {
        this.category = category;
        this.spelling = spelling;
    }

    /** The rendering category of this kind (keyword, operator, punctuation, ...). */
    public Category category() {
        return category;
    }

    /** The fixed source spelling, or {@code null} for literals, identifiers and EOF. */
    public String spelling() {
        return spelling;
    }

    /** The keyword or boolean-literal type spelled {@code word}, or {@code null} for a plain identifier. */
    public static TokenType reservedWord(String word) {
        return WORDS.get(word);
    }
}
