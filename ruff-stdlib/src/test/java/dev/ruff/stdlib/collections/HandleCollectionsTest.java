package dev.ruff.stdlib.collections;

import static dev.ruff.stdlib.Natives.arr;
import static dev.ruff.stdlib.Natives.list;
import static dev.ruff.stdlib.Natives.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ruff.runtime.Display;
import dev.ruff.runtime.Equality;
import dev.ruff.runtime.RuffArray;
import dev.ruff.runtime.RuffNull;
import dev.ruff.runtime.Types;
import dev.ruff.stdlib.Natives;
import org.junit.jupiter.api.Test;

class HandleCollectionsTest {
    private final Natives n = new Natives(new SetsModule(), new QueuesModule(), new StacksModule());

    @Test
    void setsFollowTheGoldenFixture() {
        Object set = n.call("Set", arr(1L, 2L, 3L, 2L, 1L, 4L, 3L));
        assertEquals(list(1L, 2L, 3L, 4L), plain(n.call("set_to_array", set)));
        assertEquals(list(1L, 2L), plain(n.call("set_to_array", n.call("Set", arr(1L, 1.0, 2L)))));
        Object s2 = n.call("set_add", n.call("set_add", n.call("Set", arr(1L, 2L, 3L)), 4L), 2L);
        assertEquals(list(1L, 2L, 3L, 4L), plain(n.call("set_to_array", s2)));
        assertEquals(true, n.call("set_has", s2, 4L));
        assertEquals(true, n.call("set_has", s2, 4.0));
        assertEquals(false, n.call("set_has", s2, 40L));
        assertEquals(list(1L, 2L, 4L), plain(n.call("set_to_array", n.call("set_remove", s2, 3L))));
        Object a = n.call("Set", arr(1L, 2L, 3L));
        Object b = n.call("Set", arr(3L, 4L, 5L));
        assertEquals(list(1L, 2L, 3L, 4L, 5L), plain(n.call("set_to_array", n.call("set_union", a, b))));
        assertEquals(list(3L), plain(n.call("set_to_array", n.call("set_intersect", a, b))));
        assertEquals(list(1L, 2L), plain(n.call("set_to_array", n.call("set_difference", a, b))));
        assertEquals("set", Types.typeName(a));
        assertEquals("Set{3 items}", Display.debug(a));
        assertEquals("<unknown>", Display.display(a));
        assertEquals(3L, ((RuffSet) a).size());
        assertEquals(true, Equality.equal(a, n.call("Set", arr(3L, 2L, 1L))));
        assertEquals(list(), plain(n.call("set_to_array", n.call("Set"))));
    }

    @Test
    void setHelpersDoNotRaise() {
        assertEquals(RuffSet.EMPTY, n.call("set_add", arr(), 1L));
        assertEquals(false, n.call("set_has", "x", 1L));
        assertEquals(RuffSet.EMPTY, n.call("set_remove", 1L, 1L));
        assertEquals(RuffSet.EMPTY, n.call("set_union", RuffSet.EMPTY, 1L));
        assertEquals(RuffSet.EMPTY, n.call("set_intersect"));
        assertEquals(RuffSet.EMPTY, n.call("set_difference", 1L, 2L));
        assertEquals(list(), plain(n.call("set_to_array", arr(1L))));
        assertEquals("Set constructor takes at most 1 argument", n.error("Set", arr(), arr()));
        assertEquals("Set constructor requires an array argument", n.error("Set", "abc"));
    }

    @Test
    void queuesAreFifo() {
        Object q = n.call("Queue", arr());
        assertEquals(true, n.call("queue_is_empty", q));
        q = n.call("queue_enqueue", n.call("queue_enqueue", q, "A"), "B");
        assertEquals(list("A", "B"), plain(n.call("queue_to_array", q)));
        RuffArray r = (RuffArray) n.call("queue_dequeue", q);
        assertEquals("A", r.get(1));
        assertEquals(list("B"), plain(n.call("queue_to_array", r.get(0))));
        assertEquals(list("A", "B"), plain(n.call("queue_to_array", q)));
        assertEquals("A", n.call("queue_peek", q));
        assertEquals(RuffNull.NULL, n.call("queue_peek", n.call("Queue", arr())));
        assertEquals(RuffNull.NULL, ((RuffArray) n.call("queue_dequeue", n.call("Queue"))).get(1));
        assertEquals(2L, n.call("queue_size", q));
        assertEquals("queue", Types.typeName(q));
        assertEquals("Queue(2 items)", Display.debug(q));
        // invalid arguments: neutral answers
        assertEquals(RuffQueue.EMPTY, n.call("Queue", "x"));
        assertEquals(RuffQueue.EMPTY, n.call("queue_enqueue", "x", 1L));
        assertEquals(list(RuffQueue.EMPTY, RuffNull.NULL), plain(n.call("queue_dequeue", 1L)));
        assertEquals(RuffNull.NULL, n.call("queue_peek", 1L));
        assertEquals(true, n.call("queue_is_empty", 1L));
        assertEquals(list(), plain(n.call("queue_to_array", 1L)));
        assertEquals("queue_size expects 1 argument (queue), got 0", n.error("queue_size"));
        assertEquals("queue_size requires a Queue argument", n.error("queue_size", arr()));
    }

    @Test
    void stacksAreLifo() {
        Object s = n.call("Stack", arr(10L, 20L, 30L));
        assertEquals(30L, n.call("stack_peek", s));
        RuffArray r = (RuffArray) n.call("stack_pop", s);
        assertEquals(30L, r.get(1));
        assertEquals(list(10L, 20L), plain(n.call("stack_to_array", r.get(0))));
        assertEquals(list(10L, 20L, 30L, 40L), plain(n.call("stack_to_array", n.call("stack_push", s, 40L))));
        assertEquals(false, n.call("stack_is_empty", s));
        assertEquals(3L, n.call("stack_size", s));
        assertEquals("stack", Types.typeName(s));
        assertEquals("Stack(3 items)", Display.debug(s));
        assertEquals(list(RuffStack.EMPTY, RuffNull.NULL), plain(n.call("stack_pop", n.call("Stack", arr()))));
        assertEquals(RuffNull.NULL, n.call("stack_peek", n.call("Stack")));
        assertEquals(RuffStack.EMPTY, n.call("stack_push", 1L, 2L));
        assertEquals(true, n.call("stack_is_empty", "x"));
        assertEquals(list(), plain(n.call("stack_to_array", "x")));
        assertEquals("stack_size expects 1 argument (stack), got 2", n.error("stack_size", s, s));
        assertEquals("stack_size requires a Stack argument", n.error("stack_size", 1L));
    }

    @Test
    void handlesEqualOnlyTheirOwnKindWithDeepEqualItems() {
        Object q = n.call("Queue", arr(1L, 2L));
        assertEquals(true, Equality.equal(q, n.call("Queue", arr(1.0, 2L))));
        assertEquals(false, Equality.equal(q, n.call("Queue", arr(2L, 1L))));
        assertEquals(false, Equality.equal(q, n.call("Stack", arr(1L, 2L))));
        assertEquals(false, Equality.equal(n.call("Stack", arr(1L, 2L)), n.call("Stack", arr(2L, 1L))));
        assertEquals(true, Equality.equal(n.call("Set", arr(1L, 2L)), n.call("Set", arr(2.0, 1L))));
        assertEquals(false, Equality.equal(n.call("Set", arr(1L, 2L)), n.call("Set", arr(1L, 3L))));
        assertEquals(false, Equality.equal(n.call("Set", arr(1L)), n.call("Queue", arr(1L))));
    }

    @Test
    void handleItemsAreACopyTheHandleHolds() {
        RuffArray source = arr(1L, 2L);
        RuffQueue q = (RuffQueue) n.call("Queue", source);
        assertEquals(list(1L, 2L), q.items());
        assertEquals(list(1L, 2L, 3L), q.enqueue(3L).items());
        assertEquals(list(1L, 2L), q.items());
    }
}
