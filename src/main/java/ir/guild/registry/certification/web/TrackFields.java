package ir.guild.registry.certification.web;

import java.util.ArrayList;
import java.util.List;

import org.jboss.resteasy.reactive.RestForm;

import ir.guild.registry.certification.TrackForm;
import ir.guild.registry.certification.TrackService;

/**
 * The admins' track form as posted, fields named as in the JSON API. The form has a slot for
 * every possible level; trailing slots left empty are not levels.
 */
public class TrackFields {

    @RestForm
    public String code;

    @RestForm("title.fa")
    public String titleFa;

    @RestForm("title.en")
    public String titleEn;

    @RestForm("description.fa")
    public String descriptionFa;

    @RestForm("description.en")
    public String descriptionEn;

    @RestForm
    public String validityMonths;

    @RestForm
    public String active;

    @RestForm
    public String version;

    @RestForm("levels[0].requirements.fa")
    public String level1Fa;

    @RestForm("levels[0].requirements.en")
    public String level1En;

    @RestForm("levels[1].requirements.fa")
    public String level2Fa;

    @RestForm("levels[1].requirements.en")
    public String level2En;

    @RestForm("levels[2].requirements.fa")
    public String level3Fa;

    @RestForm("levels[2].requirements.en")
    public String level3En;

    @RestForm("levels[3].requirements.fa")
    public String level4Fa;

    @RestForm("levels[3].requirements.en")
    public String level4En;

    @RestForm("levels[4].requirements.fa")
    public String level5Fa;

    @RestForm("levels[4].requirements.en")
    public String level5En;

    /** Every slot as posted, empty ones included: {fa, en} per level. */
    List<String[]> slots() {
        List<String[]> slots = List.of(new String[] { level1Fa, level1En }, new String[] { level2Fa, level2En },
                new String[] { level3Fa, level3En }, new String[] { level4Fa, level4En },
                new String[] { level5Fa, level5En });
        return slots.subList(0, TrackService.MAX_LEVELS);
    }

    boolean activeChecked() {
        return active != null;
    }

    /**
     * The form for the service. Slots after the last filled one are dropped; an empty slot
     * before it stays, so the service names its missing texts.
     */
    TrackForm toForm(Integer validity, Integer version) {
        List<String[]> slots = slots();
        int used = 0;
        for (int i = 0; i < slots.size(); i++) {
            if (!blank(slots.get(i)[0]) || !blank(slots.get(i)[1])) {
                used = i + 1;
            }
        }
        List<TrackForm.LevelForm> levels = new ArrayList<>();
        for (int i = 0; i < used; i++) {
            levels.add(new TrackForm.LevelForm(i + 1, new TrackForm.Texts(slots.get(i)[0], slots.get(i)[1])));
        }
        return new TrackForm(code, new TrackForm.Texts(titleFa, titleEn),
                new TrackForm.Texts(descriptionFa, descriptionEn), validity, activeChecked(), levels, version);
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
