package dev.ruff.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.diag.StackEntry;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MatchAndTagsTest {

    @Test
    void resultAndOptionTagsAreTheBuiltInValues() {
        assertEquals("Ok(5)", Display.display(Tags.make("Result", "Ok", new Object[] {5L})));
        assertEquals("Err(e)", Display.display(Tags.make("Result", "Err", new Object[] {"e"})));
        assertEquals("Some(1)", Display.display(Tags.make("Option", "Some", new Object[] {1L})));
        assertSame(OptionValue.NONE, Tags.make("Option", "None", new Object[0]));
        Object t = Tags.make("Status", "Success", new Object[] {"completed"});
        assertEquals("Status::Success(completed)", Display.display(t));
        assertEquals("tagged", Types.typeName(t));
    }

    @Test
    void resultCasesMatchShortAndQualifiedNames() {
        ResultValue ok = ResultValue.ok(42L);
        assertTrue(Patterns.caseMatches(ok, "Ok"));
        assertTrue(Patterns.caseMatches(ok, "Result::Ok"));
        assertFalse(Patterns.caseMatches(ok, "Err"));
        assertEquals(42L, Patterns.casePayload(ok));
        assertTrue(Patterns.caseMatches(OptionValue.NONE, "Option::None"));
        assertFalse(Patterns.caseMatches(OptionValue.NONE, "Some"));
    }

    @Test
    void enumTagsMatchTheFullTagText() {
        TaggedValue circle = new TaggedValue("Shape", "Circle", 2.5, 1L);
        assertTrue(Patterns.caseMatches(circle, "Shape::Circle"));
        assertFalse(Patterns.caseMatches(circle, "Circle"));
        assertFalse(Patterns.caseMatches(circle, "Shape::Square"));
        assertEquals(2.5, Patterns.casePayload(circle));
        assertEquals(1L, Patterns.casePayload(circle, 1));
        assertEquals(RuffNull.NULL, Patterns.casePayload(new TaggedValue("Color", "Red")));
    }

    @Test
    void bareWordsMatchStringsAndNothingElse() {
        assertTrue(Patterns.caseMatches("red", "red"));
        assertFalse(Patterns.caseMatches(1L, "1"));
        assertFalse(Patterns.caseMatches(true, "true"));
        assertFalse(Patterns.caseMatches(RuffNull.NULL, "null"));
    }

    @Test
    void forLoopsCoverEveryIterableKind() {
        assertEquals(List.of(0L, 1L, 2L), drain(Iteration.iterator(3L)));
        assertEquals(List.of(0L, 1L), drain(Iteration.iterator(2.9)));
        assertEquals(List.of(), drain(Iteration.iterator(-2L)));
        assertEquals(List.of("a", "\uD83D\uDE00"), drain(Iteration.iterator("a\uD83D\uDE00")));
        RuffDict d = new RuffDict();
        d.putInPlace("z", 1L);
        d.putInPlace("a", 2L);
        assertEquals(List.of("z", "a"), drain(Iteration.iterator(d)));
        assertEquals(List.of(1L, "x"), drain(Iteration.iterator(RuffArray.of(1L, "x"))));
        RuffIterable gen = () -> List.<Object>of(7L).iterator();
        assertEquals(List.of(7L), drain(Iteration.iterator(gen)));
        RuffRuntimeError e = org.junit.jupiter.api.Assertions.assertThrows(RuffRuntimeError.class,
                () -> Iteration.iterator(true));
        assertEquals("Cannot iterate over bool", e.getMessage());
    }

    @Test
    void writesDuringIterationDoNotChangeTheLoop() {
        RuffArray a = RuffArray.of(1L, 2L);
        Values.retain(a);
        Iterator<Object> it = Iteration.iterator(a);
        Object updated = Indexing.set(a, 1L, 99L);
        it.next();
        assertEquals(2L, it.next());
        assertEquals("[1, 99]", Display.display(updated));
    }

    @Test
    void exceptValuePrintsLikeUpstream() {
        RuffRuntimeError e = ErrorValues.fromThrown("division by zero");
        e.addFrame(new StackEntry("safe_divide", null));
        assertEquals("Error { line: 0, message: division by zero, stack: [safe_divide] }",
                Display.display(ErrorValues.exceptValue(e)));
    }

    @Test
    void exceptStackIsOutermostFirst() {
        RuffRuntimeError e = new RuffRuntimeError("boom");
        e.addFrame(new StackEntry("level3", null));
        e.addFrame(new StackEntry("level2", null));
        assertEquals("[main, level2, level3]",
                Display.display(ErrorValues.exceptValue(e, List.of("main")).field("stack")));
        assertEquals("Error { line: 0, message: boom, stack: [] }",
                Display.display(ErrorValues.exceptValue(new RuffRuntimeError("boom"))));
    }

    @Test
    void thrownStructsGiveMessageAndCause() {
        StructInstance err = new StructInstance("ValidationError", null);
        err.setInPlace("message", "bad input");
        err.setInPlace("cause", "empty");
        RuffRuntimeError e = ErrorValues.fromThrown(err);
        assertEquals("bad input", e.getMessage());
        assertEquals("Error { cause: empty, line: 0, message: bad input, stack: [] }",
                Display.display(ErrorValues.exceptValue(e)));
        assertEquals("Oops error", ErrorValues.fromThrown(new StructInstance("Oops", null)).getMessage());
        assertEquals("Int(5)", ErrorValues.fromThrown(5L).getMessage());
        assertEquals("Dict{1 keys}", ErrorValues.fromThrown(RuffDict.of(Map.of("a", 1L))).getMessage());
    }

    private static List<Object> drain(Iterator<Object> it) {
        List<Object> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
