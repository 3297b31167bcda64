package org.ctopath.platform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Line numbers of character positions in a text, for a person to find a row of a file in a spreadsheet or editor. */
public final class TextLines {

    private final int[] starts;

    public TextLines(String text) {
        List<Integer> positions = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                positions.add(i + 1);
            }
        }
        starts = positions.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The line, from 1, that the character at {@code position} is on. */
    public int lineAt(long position) {
        int found = Arrays.binarySearch(starts, (int) position);
        return (found >= 0 ? found : -found - 2) + 1;
    }
}
