package ir.guild.registry.notify.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ir.guild.registry.notify.ChannelChoices;
import ir.guild.registry.notify.sms.SmsGateway;

@Schema(name = "NotificationChannels", description = "Where notices reach the person: email always, SMS and messenger when chosen and ready")
public record ChannelsView(Email email, Sms sms, Messenger messenger) {

    public record Email(String address) {
    }

    public record Sms(@Schema(description = "The number on record, masked", example = "0912*****89") String mobile,
            @Schema(description = "Whether that number is confirmed by a code") boolean verified, boolean chosen) {
    }

    public record Messenger(@Schema(description = "Whether the guild offers the messenger bot") boolean available,
            boolean linked, Instant linkedAt, boolean chosen) {
    }

    static ChannelsView of(ChannelChoices.Standing standing) {
        return new ChannelsView(new Email(standing.email()),
                new Sms(SmsGateway.masked(standing.mobile()), standing.mobileVerified(), standing.smsChosen()),
                new Messenger(standing.messengerAvailable(), standing.messengerLinked(), standing.messengerLinkedAt(),
                        standing.messengerChosen()));
    }
}
