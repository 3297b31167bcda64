package org.ctopath.competency.exchange;

/** Where the CASE 1.1 provider publishes the framework's objects: the {@code uri} of each CASE object. */
public final class CaseUris {

    public static final String BASE_PATH = "/ims/case/v1p1";

    private CaseUris() {
    }

    /** The CFItem of a skill, under the application's public address (APP_URL, no trailing slash). */
    public static String skillItem(String appUrl, String skillCode) {
        return appUrl + BASE_PATH + "/CFItems/" + CaseJson.id("skill", skillCode);
    }
}
