package dev.ruff.stdlib.formats;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.ruff.runtime.Display;
import dev.ruff.runtime.RuffArray;
import dev.ruff.runtime.RuffDict;
import dev.ruff.stdlib.values.RustNumbers;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** CSV with a header row: rows become dicts whose fields are typed as int, float or string. */
final class CsvCodec {
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    /** Malformed input; the message is for the script. */
    static final class CsvFailure extends Exception {
        CsvFailure(String message) {
            super(message, null, false, false);
        }
    }

    private CsvCodec() {
    }

    static RuffArray parse(String text) throws CsvFailure {
        List<String[]> rows = new ArrayList<>();
        try (MappingIterator<String[]> it = CSV.readerFor(String[].class).readValues(text)) {
            while (it.hasNextValue()) {
                rows.add(it.nextValue());
            }
        } catch (IOException | RuntimeException e) {
            throw new CsvFailure("CSV parse error: " + firstLine(e.getMessage()));
        }
        if (rows.isEmpty()) {
            return RuffArray.empty();
        }
        String[] header = rows.get(0);
        for (String h : header) {
            if (h == null) {
                throw new CsvFailure("CSV header error: invalid header");
            }
        }
        List<Object> out = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            String[] row = rows.get(r);
            if (row.length != header.length) {
                throw new CsvFailure("CSV parse error: record " + r + " (line: " + (r + 1) + "): found record with "
                        + row.length + " fields, but the previous record has " + header.length + " fields");
            }
            RuffDict d = new RuffDict();
            for (int i = 0; i < header.length; i++) {
                d.putInPlace(header[i], typed(row[i]));
            }
            out.add(d);
        }
        return RuffArray.ofList(out);
    }

    private static Object typed(String field) {
        Long l = RustNumbers.parseLong(field);
        if (l != null) {
            return l;
        }
        Double d = RustNumbers.parseFloat(field);
        return d != null ? (Object) d : field;
    }

    static String write(RuffArray rows) throws CsvFailure {
        if (rows.isEmpty()) {
            throw new CsvFailure("CSV requires non-empty array");
        }
        for (Object row : rows) {
            if (!(row instanceof RuffDict)) {
                throw new CsvFailure("CSV requires array of dictionaries");
            }
        }
        List<String> header = new ArrayList<>(((RuffDict) rows.get(0)).keys());
        header.sort(null); // upstream's order came from a hash map; sorting makes it deterministic
        StringBuilder sb = new StringBuilder();
        line(sb, header);
        for (Object row : rows) {
            RuffDict d = (RuffDict) row;
            List<String> fields = new ArrayList<>();
            for (String key : header) {
                fields.add(field(d.get(key)));
            }
            line(sb, fields);
        }
        return sb.toString();
    }

    private static String field(Object v) {
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof Long || v instanceof Boolean) {
            return v.toString();
        }
        if (v instanceof Double d) {
            return Display.formatFloat(d);
        }
        return ""; // missing, null and non-scalar values
    }

    private static void line(StringBuilder sb, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String f = fields.get(i);
            boolean quote = f.isEmpty() && fields.size() == 1 || f.indexOf(',') >= 0 || f.indexOf('"') >= 0
                    || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0;
            sb.append(quote ? '"' + f.replace("\"", "\"\"") + '"' : f);
        }
        sb.append('\n');
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
