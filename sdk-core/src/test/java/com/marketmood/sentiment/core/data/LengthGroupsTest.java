package com.marketmood.sentiment.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LengthGroupsTest {

    @Test
    void resultsComeBackInTheCallersOrderFromGroupsOfSimilarLength() {
        List<String> items = List.of("ccc", "a", "bbbb", "dd", "e", "ffffff", "gg");
        List<List<String>> groups = new ArrayList<>();
        List<String> out =
                LengthGroups.score(
                        items,
                        String::length,
                        3,
                        group -> {
                            groups.add(group);
                            return group.stream().map(String::toUpperCase).toList();
                        });
        assertEquals(items.stream().map(String::toUpperCase).toList(), out);
        assertEquals(
                List.of(List.of("a", "e", "dd"), List.of("gg", "ccc", "bbbb"), List.of("ffffff")),
                groups);
        assertTrue(groups.stream().allMatch(g -> g.size() <= 3));
    }

    @Test
    void emptyAndSingleListsAndBadScorersAreHandled() {
        assertEquals(List.of(), LengthGroups.score(List.<String>of(), String::length, 4, g -> g));
        assertEquals(List.of("x"), LengthGroups.score(List.of("x"), String::length, 4, g -> g));
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        LengthGroups.score(
                                List.of("a", "b"), String::length, 4, g -> List.of("one")));
        assertThrows(
                IllegalArgumentException.class,
                () -> LengthGroups.score(List.of("a"), String::length, 0, g -> g));
    }
}
