package org.ctopath.badges;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Collection;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A W3C Bitstring Status List (v1.0) of revocations: {@value #SIZE} bits, one per credential, the
 * first index the left-most bit of the first byte; set means revoked. {@link #encode} gives the
 * {@code encodedList}: the multibase base64url (prefix {@code u}, no padding) of the GZIP of the bits.
 */
public final class StatusList {

    /** 16 KB of bits, the smallest list the specification allows, so that one index says little of its owner. */
    public static final int SIZE = 131_072;

    private StatusList() {
    }

    /** Where a badge's bit is: which list (from 1) and which index in it, from the badge's number. */
    public record Entry(int list, int index) {

        static Entry of(long badgeId) {
            return new Entry(Math.toIntExact(badgeId / SIZE) + 1, Math.toIntExact(badgeId % SIZE));
        }
    }

    /** The encoded list with the given indexes set. */
    public static String encode(Collection<Integer> revoked) {
        byte[] bits = new byte[SIZE / 8];
        for (int index : revoked) {
            bits[index / 8] |= (byte) (0x80 >>> (index % 8));
        }
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(gzipped)) {
            gzip.write(bits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(gzipped.toByteArray());
    }

    /** Whether the bit at the index is set in an encoded list, as a verifier reads it. */
    public static boolean isSet(String encodedList, int index) {
        if (encodedList == null || !encodedList.startsWith("u")) {
            throw new IllegalArgumentException("Not a multibase base64url list");
        }
        byte[] gzipped = Base64.getUrlDecoder().decode(encodedList.substring(1));
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            byte[] bits = gzip.readAllBytes();
            return (bits[index / 8] & (0x80 >>> (index % 8))) != 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
