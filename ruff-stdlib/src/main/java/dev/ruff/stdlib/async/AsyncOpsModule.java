package dev.ruff.stdlib.async;

import dev.ruff.async.RuffChannel;
import dev.ruff.spi.Arity;
import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeRegistry;
import dev.ruff.spi.RuffModule;

/**
 * The async natives (ASYNC.md §5–8): timers, promise combinators and the {@code Promise} namespace,
 * tasks, async file and HTTP I/O, {@code parallel_map}, channels and the shared-value store. All of
 * them run on the engine's {@link dev.ruff.async.AsyncRuntime}.
 */
public final class AsyncOpsModule implements RuffModule {

    @Override
    public String name() {
        return "async_ops";
    }

    @Override
    public void register(NativeRegistry r) {
        Capability none = Capability.NONE;
        r.function("async_sleep(ms)", Arity.unchecked(), none,
                "Promise that fulfils with null after the given milliseconds (no thread sleeps).", TimerNatives::sleep);
        r.function("async_timeout(promise, ms)", Arity.unchecked(), none,
                "Promise that settles like the given one, or rejects with Timeout after Nms (cancelling it).",
                TimerNatives::timeout);
        PromiseNatives.register(r);
        r.function("spawn_task(fn)", Arity.unchecked(), none,
                "Runs a function as a task on the executor; returns a TaskHandle.", TaskNatives::spawnTask);
        r.function("await_task(task)", Arity.unchecked(), none,
                "Promise of a task's result; a handle can be awaited once.", TaskNatives::awaitTask);
        r.function("cancel_task(task)", Arity.unchecked(), none,
                "Cancels a task (it stops at its next suspension point); false if the handle was taken.",
                TaskNatives::cancelTask);
        r.function("set_task_pool_size(n)", Arity.unchecked(), none,
                "Sets the default concurrency limit of batch natives; returns the previous one.",
                TaskNatives::setTaskPoolSize);
        r.function("get_task_pool_size()", Arity.unchecked(), none,
                "The default concurrency limit of batch natives (256 unless set).", TaskNatives::getTaskPoolSize);
        r.function("async_read_file(path)", Arity.unchecked(), Capability.FS_READ,
                "Promise of a UTF-8 file's text, read on the executor.", AsyncFileNatives::readFile);
        r.function("async_write_file(path, content)", Arity.unchecked(), Capability.FS_WRITE,
                "Promise of true once the text is written (temporary file moved into place; replaces).",
                AsyncFileNatives::writeFile);
        r.function("async_read_files(paths, limit?)", Arity.unchecked(), Capability.FS_READ,
                "Promise of the texts of many files in input order, at most limit reads in flight.",
                AsyncFileNatives::readFiles);
        r.function("async_write_files(paths, contents, limit?)", Arity.unchecked(), Capability.FS_WRITE,
                "Promise of writing many files (paths, contents), at most limit writes in flight.",
                AsyncFileNatives::writeFiles);
        r.function("async_http_get(url)", Arity.unchecked(), Capability.NET_CLIENT,
                "Promise of {status, body, headers} for a GET request.", AsyncHttpNatives::get);
        r.function("async_http_post(url, body, headers?)", Arity.unchecked(), Capability.NET_CLIENT,
                "Promise of {status, body, headers} for a POST request (url, body, headers?).", AsyncHttpNatives::post);
        r.function("parallel_map(items, mapper, limit?)", Arity.range(2, 3), none,
                "Calls the mapper for every element; promise of the results in order, awaiting returned promises together.",
                ParallelNatives::parallelMap);
        r.function("par_map(items, mapper, limit?)", Arity.range(2, 3), none, "Same as parallel_map.", ParallelNatives::parallelMap);
        r.function("par_each(items, mapper, limit?)", Arity.range(2, 3), none,
                "Like parallel_map but the promise fulfils with null.", ParallelNatives::parEach);
        r.function("channel()", Arity.unchecked(), none,
                "A new unbounded FIFO channel with the methods send(v) and receive() (blocking).",
                call -> {
                    if (call.count() != 0) {
                        throw call.error("channel() expects 0 arguments, got " + call.count());
                    }
                    return new RuffChannel(call.context().async());
                });
        r.function("shared_set(key, value)", Arity.unchecked(), none,
                "Stores a value under a key in the engine-wide shared store.", SharedValueNatives::set);
        r.function("shared_get(key)", Arity.unchecked(), none, "The value stored under a key.", SharedValueNatives::get);
        r.function("shared_has(key)", Arity.unchecked(), none, "Whether a key is in the shared store.",
                SharedValueNatives::has);
        r.function("shared_delete(key)", Arity.unchecked(), none,
                "Removes a key from the shared store; true if it was there.", SharedValueNatives::delete);
        r.function("shared_add_int(key, delta)", Arity.unchecked(), none,
                "Atomically adds to the int under a key; returns the new value.", SharedValueNatives::addInt);
    }
}
