package vn.dtihub.scoring.domain;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a run's inputs, fed field by field as bytes (a nationwide period is some 335,000 values: writing each as
 * text first cost more than scoring them). Every field is tagged and every text and number carries its length, so two
 * different inputs never feed the same bytes. A number is its scale and unscaled digits: 45 and 45.00 differ, as the
 * reported text did.
 */
public final class InputDigest {

    private final MessageDigest sha;
    private final ByteBuffer buffer = ByteBuffer.allocate(8192);

    public InputDigest() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public InputDigest tag(char tag) {
        room(2);
        buffer.putChar(tag);
        return this;
    }

    public InputDigest add(long value) {
        room(8);
        buffer.putLong(value);
        return this;
    }

    public InputDigest add(int value) {
        room(4);
        buffer.putInt(value);
        return this;
    }

    /** A yes/no that may be missing. */
    public InputDigest add(Boolean value) {
        room(1);
        buffer.put(value == null ? (byte) 2 : value ? (byte) 1 : (byte) 0);
        return this;
    }

    /** A number that may be missing. */
    public InputDigest add(BigDecimal value) {
        if (value == null) {
            return tag('∅');
        }
        tag('n').add(value.scale());
        if (value.precision() < 19) {
            return add(value.unscaledValue().longValueExact());
        }
        return bytes(value.unscaledValue().toByteArray());
    }

    /** A text that may be missing. */
    public InputDigest add(String value) {
        if (value == null) {
            return tag('∅');
        }
        return tag('s').bytes(value.getBytes(StandardCharsets.UTF_8));
    }

    private InputDigest bytes(byte[] bytes) {
        add(bytes.length);
        flush();
        sha.update(bytes);
        return this;
    }

    private void room(int size) {
        if (buffer.remaining() < size) {
            flush();
        }
    }

    private void flush() {
        sha.update(buffer.array(), 0, buffer.position());
        buffer.clear();
    }

    /** The digest in hexadecimal; the digest cannot be fed after. */
    public String hex() {
        flush();
        return HexFormat.of().formatHex(sha.digest());
    }
}
