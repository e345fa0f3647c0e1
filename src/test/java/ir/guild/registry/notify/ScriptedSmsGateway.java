package ir.guild.registry.notify;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import ir.guild.registry.common.IranianMobile;
import ir.guild.registry.notify.sms.SmsFailure;
import ir.guild.registry.notify.sms.SmsGateway;
import ir.guild.registry.notify.sms.SmsReceipt;

/**
 * An SMS gateway for tests that keeps what it was asked to send (so a test can read the code a
 * person would receive) and can be told to refuse. Enabled only by {@link ScriptedSms}.
 */
@Alternative
@Singleton
public class ScriptedSmsGateway implements SmsGateway {

    public record Sent(String to, String template, String text) {
    }

    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private volatile boolean failing;

    @Override
    public SmsReceipt send(IranianMobile to, String text) throws SmsFailure {
        return take(new Sent(to.value(), null, text));
    }

    @Override
    public SmsReceipt sendLookup(IranianMobile to, String template, String token) throws SmsFailure {
        return take(new Sent(to.value(), template, token));
    }

    private SmsReceipt take(Sent message) throws SmsFailure {
        if (failing) {
            throw new SmsFailure("Kavenegar answered 418 (insufficient credit)", true, 418);
        }
        sent.add(message);
        return new SmsReceipt(Integer.toString(sent.size()), "1");
    }

    public void failing(boolean failing) {
        this.failing = failing;
    }

    public List<Sent> sent() {
        return List.copyOf(sent);
    }

    /** The six digits of the last message. */
    public String lastCode() {
        String text = sent.get(sent.size() - 1).text();
        var matcher = java.util.regex.Pattern.compile("[0-9]{6}").matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("no code in the last message");
        }
        return matcher.group();
    }

    public void reset() {
        sent.clear();
        failing = false;
    }
}
