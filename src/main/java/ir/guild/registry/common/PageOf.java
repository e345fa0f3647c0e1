package ir.guild.registry.common;

import java.util.List;

/** One page of a list, as every list endpoint answers it. */
public record PageOf<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    /** A page size within bounds: the API never returns more than {@link #MAX_SIZE} items at once. */
    public static int boundedSize(Integer size) {
        if (size == null || size <= 0) {
            return DEFAULT_SIZE;
        }
        return Math.min(size, MAX_SIZE);
    }

    public static int boundedPage(Integer page) {
        return page == null || page < 0 ? 0 : page;
    }

    /** One page of a short list already in memory, such as a member's own requests or certificates. */
    public static <T> PageOf<T> slice(List<T> all, Integer page, Integer size) {
        int pageNumber = boundedPage(page);
        int pageSize = boundedSize(size);
        long from = Math.min((long) pageNumber * pageSize, all.size());
        int to = (int) Math.min(from + pageSize, all.size());
        return new PageOf<>(List.copyOf(all.subList((int) from, to)), pageNumber, pageSize, all.size());
    }
}
