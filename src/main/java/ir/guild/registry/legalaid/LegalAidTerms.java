package ir.guild.registry.legalaid;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of legal aid as its members read them, in Persian: a case's status, urgency, the
 * kind of other party and the preferred contact; English is in
 * {@code messages/legalAidTerms_en.properties}. The member's pages, the counsel's pages and the
 * emails use them ({@code legalAidTerms:key} in templates); the counsel's pages name statuses
 * from the desk's side of the case instead.
 */
@MessageBundle(value = "legalAidTerms", locale = "fa")
public interface LegalAidTerms {

    @Message("""
            {#when status}\
            {#is SUBMITTED}ثبت شده، در انتظار بررسی\
            {#is TRIAGED}بررسی اولیه شد\
            {#is ASSIGNED}به مشاور سپرده شد\
            {#is IN_PROGRESS}در دست پیگیری\
            {#is AWAITING_MEMBER}در انتظار پاسخ شما\
            {#is RESOLVED}به نتیجه رسید\
            {#is CLOSED}بسته شد\
            {#is DECLINED}پذیرفته نشد\
            {#is WITHDRAWN}پس گرفته شد\
            {/when}""")
    String case_status(CaseStatus status);

    @Message("""
            {#when type}\
            {#is COMPANY}شرکت یا سازمان\
            {#is PERSON}شخص\
            {/when}""")
    String counterparty_type(CounterpartyType type);

    @Message("""
            {#when urgency}\
            {#is LOW}کم\
            {#is NORMAL}عادی\
            {#is HIGH}زیاد\
            {#is URGENT}فوری\
            {/when}""")
    String urgency(Urgency urgency);

    @Message("""
            {#when contact}\
            {#is EMAIL}رایانامه\
            {#is PHONE}تلفن\
            {/when}""")
    String contact(PreferredContact contact);
}
