package ir.guild.registry.membership;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import ir.guild.registry.audit.Actor;
import ir.guild.registry.audit.AuditEvent;
import ir.guild.registry.audit.AuditLog;
import ir.guild.registry.common.FieldChecks;
import ir.guild.registry.common.Invalid;
import ir.guild.registry.common.IranianMobile;
import ir.guild.registry.common.PersianText;
import ir.guild.registry.common.ProblemException;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.identity.Role;
import ir.guild.registry.notify.ContactChannels;
import ir.guild.registry.reference.Province;
import ir.guild.registry.web.Language;

/**
 * What a member keeps up to date themselves: contact details and their directory listing.
 * Someone without a current membership has nothing to change here and gets 404.
 */
@ApplicationScoped
@Transactional
public class MemberProfileService {

    static final String ENTITY = "Member";

    private final AuditLog audit;

    MemberProfileService(AuditLog audit) {
        this.audit = audit;
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<Member> mine(CurrentPerson person) {
        return Member.currentOf(person.subject());
    }

    /**
     * Checks every given field and changes them all, or none: a bad field refuses the whole
     * change. The audit entry names the fields that changed, not their values, because the log
     * is kept for good and contact details are personal.
     */
    public Member updateContact(CurrentPerson person, ContactChange change, Language language) {
        FieldChecks checks = new FieldChecks(language);
        if (change == null) {
            checks.reject("body", Invalid.REQUIRED);
            checks.throwIfInvalid();
        }
        String email = change.email() == null ? null : checks.email("email", change.email(), true);
        String mobile = change.mobile() == null ? null : mobile(checks, change.mobile());
        String city = change.city() == null ? null : checks.text("city", change.city(), true, 60);
        Province province = change.province() == null ? null
                : checks.code("province", change.province(), Province.class, true);
        checks.throwIfInvalid();

        Member member = Member.currentOf(person.subject())
                .orElseThrow(() -> ProblemException.notFound("You are not a member"));
        List<String> changed = new ArrayList<>();
        if (email != null && !email.equals(member.email)) {
            member.email = email;
            changed.add("email");
        }
        if (mobile != null && !mobile.equals(member.mobile)) {
            member.mobile = mobile;
            changed.add("mobile");
            ContactChannels.numberOnRecordChanged(person.subject(), mobile, Instant.now());
        }
        if (city != null && !city.equals(member.city)) {
            member.city = city;
            changed.add("city");
        }
        if (province != null && province != member.province) {
            changed.add("province: " + member.province + " -> " + province);
            member.province = province;
        }
        if (change.directoryListed() != null && change.directoryListed() != member.directoryListed) {
            changed.add("directoryListed: " + member.directoryListed + " -> " + change.directoryListed());
            member.directoryListed = change.directoryListed();
        }
        if (!changed.isEmpty()) {
            audit.record(new AuditEvent(Actor.of(person, Role.MEMBER), "member.update-contact", ENTITY,
                    member.membershipNumber, "changed " + String.join("; ", changed)));
        }
        return member;
    }

    private static String mobile(FieldChecks checks, String raw) {
        String numeric = PersianText.normalizeNumeric(raw);
        if (numeric == null || numeric.isEmpty()) {
            checks.reject("mobile", Invalid.REQUIRED);
            return null;
        }
        return IranianMobile.parse(raw).map(IranianMobile::value).orElseGet(() -> {
            checks.reject("mobile", Invalid.MOBILE);
            return null;
        });
    }
}
