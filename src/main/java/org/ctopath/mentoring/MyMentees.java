package org.ctopath.mentoring;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ctopath.identity.ActiveUser;
import org.ctopath.platform.UtcTime;

/** The mentor's home page ({@code /mentor/home}): each current mentee at a glance, sortable and filterable. */
@Named
@ViewScoped
public class MyMentees implements Serializable {

    private static final long serialVersionUID = 1L;


    @Inject
    MentorWork work;

    @Inject
    ActiveUser user;

    private List<MenteeSummary> mentees = new ArrayList<>();
    private List<MenteeSummary> filtered;

    @PostConstruct
    void init() {
        mentees = new ArrayList<>(work.mentees(user.getUsername()));
    }

    public String day(Instant instant) {
        return instant == null ? "None yet" : UtcTime.day(instant);
    }

    public List<MenteeSummary> getMentees() {
        return mentees;
    }

    public List<MenteeSummary> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<MenteeSummary> filtered) {
        this.filtered = filtered == null ? null : new ArrayList<>(filtered);
    }
}
