/** The Ruff standard library: native modules found by {@code ServiceLoader}. Exports nothing. */
module dev.ruff.stdlib {
    requires dev.ruff;
    requires java.net.http;
    requires java.sql;
    requires java.desktop;
    requires jdk.httpserver;
    requires com.zaxxer.hikari;
    requires org.xerial.sqlitejdbc;
    requires org.postgresql.jdbc;
    requires re2j; // RE2/J names no module; this is the name derived from its jar
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires com.fasterxml.jackson.dataformat.toml;
    requires com.fasterxml.jackson.dataformat.csv;
    requires org.bouncycastle.provider;

    provides dev.ruff.spi.RuffModule with
            dev.ruff.stdlib.strings.StringsModule,
            dev.ruff.stdlib.collections.ArraysModule,
            dev.ruff.stdlib.collections.SequencesModule,
            dev.ruff.stdlib.collections.HigherOrderModule,
            dev.ruff.stdlib.collections.SetsModule,
            dev.ruff.stdlib.collections.QueuesModule,
            dev.ruff.stdlib.collections.StacksModule,
            dev.ruff.stdlib.dicts.DictsModule,
            dev.ruff.stdlib.math.MathModule,
            dev.ruff.stdlib.conversion.ConversionModule,
            dev.ruff.stdlib.testing.AssertionsModule,
            dev.ruff.stdlib.json.JsonModule,
            dev.ruff.stdlib.regex.RegexModule,
            dev.ruff.stdlib.random.RandomModule,
            dev.ruff.stdlib.time.TimeModule,
            dev.ruff.stdlib.os.EnvModule,
            dev.ruff.stdlib.os.PathModule,
            dev.ruff.stdlib.os.ArgParserModule,
            dev.ruff.stdlib.os.KeyValueModule,
            dev.ruff.stdlib.fs.FilesystemModule,
            dev.ruff.stdlib.crypto.CryptoModule,
            dev.ruff.stdlib.process.ProcessModule,
            dev.ruff.stdlib.zip.ZipModule,
            dev.ruff.stdlib.formats.DataFormatsModule,
            dev.ruff.stdlib.http.HttpClientModule,
            dev.ruff.stdlib.async.AsyncOpsModule,
            dev.ruff.stdlib.db.DatabaseModule,
            dev.ruff.stdlib.image.ImageModule,
            dev.ruff.stdlib.server.HttpServerModule,
            dev.ruff.stdlib.net.NetModule,
            dev.ruff.stdlib.ai.AiModule,
            dev.ruff.stdlib.ssg.SsgModule;
}
