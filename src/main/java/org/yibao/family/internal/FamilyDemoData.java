package org.yibao.family.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yibao.common.IdNumber;
import org.yibao.common.Upload;
import org.yibao.identity.CitizenAccounts;
import org.yibao.insured.InsuredPerson;
import org.yibao.insured.InsuredPersons;

/**
 * DEMO.md's family: 王建国 is the guardian of his daughter 王小雨 in the demo household register (so the demo
 * guardianship check binds her at once), and has already authorized his spouse 李秀英 in 家庭共济. The binding is
 * loaded only when the pair never had one, so that loading twice changes nothing and an unbinding made in the demo is
 * not undone on restart.
 */
@Component
@Profile("demo")
@Order(50)
class FamilyDemoData implements ApplicationRunner {

    private final JdbcClient jdbc;
    private final InsuredPersons persons;
    private final CitizenAccounts accounts;
    private final MessageSource messages;
    private final Clock clock;

    FamilyDemoData(JdbcClient jdbc, InsuredPersons persons, CitizenAccounts accounts, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.persons = persons;
        this.accounts = accounts;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        InsuredPerson wang = persons.findByIdNumber(new IdNumber("130203197503121017")).orElseThrow();
        InsuredPerson li = persons.findByIdNumber(new IdNumber("130203197706181028")).orElseThrow();
        InsuredPerson xiaoyu = persons.findByIdNumber(new IdNumber("130203201609091046")).orElseThrow();
        jdbc.sql("insert into family_household (guardian_person, member_person) values (?, ?) on conflict do nothing")
                .params(wang.id(), xiaoyu.id()).update();
        boolean ever = jdbc.sql("select count(*) from family_mutual_aid where authorizer_person = ? and beneficiary_person = ?")
                .params(wang.id(), li.id()).query(Long.class).single() > 0;
        if (ever) {
            return;
        }
        long account = accounts.findByPerson(wang.id()).orElseThrow().id();
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        String commitment = messages.getMessage("mutualAid.commitment.text", new Object[]{wang.name(),
                wang.idNumber().masked(), messages.getMessage("family.relationship.SPOUSE", null, zh), li.maskedName(),
                li.idNumber().masked()}, zh);
        byte[] signature = signature();
        jdbc.sql("""
                insert into family_mutual_aid (authorizer_person, beneficiary_person, relationship, commitment,
                                               signature_png, signature_sha256, created_by_account, bound_at)
                values (?, ?, 'SPOUSE', ?, ?, ?, ?, ?)""")
                .params(wang.id(), li.id(), commitment, signature, Upload.sha256(signature), account,
                        OffsetDateTime.now(clock).minusMonths(6))
                .update();
    }

    /** A drawn stroke standing for the handwritten signature of the demo binding. */
    private static byte[] signature() {
        BufferedImage image = new BufferedImage(300, 100, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(4));
        g.drawPolyline(new int[]{20, 70, 110, 160, 210, 280}, new int[]{70, 30, 75, 25, 70, 40}, 6);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
