package dev.ruff.stdlib.db;

import dev.ruff.runtime.Display;
import dev.ruff.runtime.RuffArray;
import dev.ruff.runtime.RuffDict;
import dev.ruff.runtime.RuffNull;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;

/**
 * Ruff values in and out of SQL. Parameters are always bound, never spliced into the text: int,
 * float, bool, string and null bind as themselves, anything else as its debug text. Column values
 * come back as int, float, string, bool or null; a blob reads as the string {@code [blob]}, as upstream.
 */
final class SqlValues {
    private SqlValues() {
    }

    static void bind(PreparedStatement st, RuffArray params) throws SQLException {
        int i = 1;
        for (Object p : params) {
            if (p instanceof Long l) {
                st.setLong(i, l);
            } else if (p instanceof Double d) {
                st.setDouble(i, d);
            } else if (p instanceof Boolean b) {
                st.setBoolean(i, b);
            } else if (p instanceof String s) {
                st.setString(i, s);
            } else if (p == RuffNull.NULL) {
                st.setNull(i, Types.NULL);
            } else {
                st.setString(i, Display.debug(p));
            }
            i++;
        }
    }

    /** Every remaining row of {@code rs} as a dict keyed by column label. */
    static RuffArray rows(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        int columns = meta.getColumnCount();
        String[] names = new String[columns];
        for (int c = 0; c < columns; c++) {
            names[c] = meta.getColumnLabel(c + 1);
        }
        RuffArray.Builder out = new RuffArray.Builder();
        while (rs.next()) {
            RuffDict row = new RuffDict();
            for (int c = 0; c < columns; c++) {
                row.putInPlace(names[c], value(rs.getObject(c + 1)));
            }
            out.add(row);
        }
        return out.build();
    }

    static Object value(Object v) {
        if (v == null) {
            return RuffNull.NULL;
        }
        if (v instanceof Long || v instanceof Double || v instanceof String || v instanceof Boolean) {
            return v;
        }
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof Float f) {
            return f.doubleValue();
        }
        if (v instanceof BigInteger b) {
            return b.bitLength() < 64 ? (Object) b.longValue() : (Object) b.doubleValue();
        }
        if (v instanceof BigDecimal b) {
            if (b.scale() <= 0 && b.precision() - b.scale() < 19) {
                return b.longValueExact();
            }
            return b.doubleValue();
        }
        if (v instanceof byte[]) {
            return "[blob]";
        }
        return v.toString();
    }
}
