package org.ctopath.competency.exchange;

/**
 * The {@code uri} of every kind of CASE object: its address at the application's CASE 1.1 provider
 * ({@link CaseUris#BASE_PATH} under APP_URL), so that a consumer can fetch each object it is given.
 * Rubric criteria and levels have no endpoint of their own in CASE; theirs is their rubric's address
 * with their identifier as the fragment.
 */
final class CaseLinks {

    private final String base;

    /** {@code appUrl}: the application's public address, without a trailing slash. */
    CaseLinks(String appUrl) {
        this.base = appUrl + CaseUris.BASE_PATH;
    }

    String document(String id) {
        return base + "/CFDocuments/" + id;
    }

    String pack(String documentId) {
        return base + "/CFPackages/" + documentId;
    }

    String item(String id) {
        return base + "/CFItems/" + id;
    }

    String association(String id) {
        return base + "/CFAssociations/" + id;
    }

    String rubric(String id) {
        return base + "/CFRubrics/" + id;
    }

    String inRubric(String rubricId, String id) {
        return rubric(rubricId) + "#" + id;
    }

    String itemType(String id) {
        return base + "/CFItemTypes/" + id;
    }
}
