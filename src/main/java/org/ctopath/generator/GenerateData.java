package org.ctopath.generator;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ctopath.platform.InvalidInput;
import org.ctopath.platform.Messages;

/** {@code /admin/generate}: fills the database with a generated organisation, where that is allowed. */
@Named
@RequestScoped
public class GenerateData {

    @Inject
    DataGeneration generation;

    private Integer learners = 10_000;
    private Long seed = 42L;
    private String prefix = Generator.DEFAULT_PREFIX;

    public boolean isEnabled() {
        return generation.isEnabled();
    }

    public void generate() {
        try {
            Generator.Summary summary = generation.generate(learners, seed, prefix);
            Messages.info("Generated " + summary.describe() + ". Sign in as " + Generator.learnerUsername(prefix.trim(), 1)
                    + " or " + Generator.mentorUsername(prefix.trim(), 1) + " with the password " + Generator.PASSWORD + ".");
        } catch (InvalidInput e) {
            Messages.show(e, "generate");
        }
    }

    public Integer getLearners() {
        return learners;
    }

    public void setLearners(Integer learners) {
        this.learners = learners;
    }

    public Long getSeed() {
        return seed;
    }

    public void setSeed(Long seed) {
        this.seed = seed;
    }

    public String getPrefix() {
        return prefix;
    }

    public void setPrefix(String prefix) {
        this.prefix = prefix == null ? "" : prefix;
    }

    public String getPassword() {
        return Generator.PASSWORD;
    }
}
