package org.yibao.account.web;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yibao.account.CreditingRun;
import org.yibao.account.CreditingRuns;
import org.yibao.common.BusinessException;
import org.yibao.common.BusinessTime;
import org.yibao.common.web.Confirmation;
import org.yibao.common.web.CurrentStaff;
import org.yibao.common.web.Messages;

/**
 * 个人账户月度划入: the administrator sees the current or last run with its progress (the page asks
 * {@code /progress} every second or two while it runs), the past runs, and starts a month after confirming it.
 * Only administrators: crediting moves money into every region's accounts. Clerks are refused before anything is
 * read.
 */
@Controller
@RequestMapping("/staff/admin/crediting")
class CreditingPages {

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final int LISTED = 20;

    private final CreditingRuns runs;
    private final CurrentStaff staff;
    private final Messages messages;
    private final Clock clock;

    CreditingPages(CreditingRuns runs, CurrentStaff staff, Messages messages, Clock clock) {
        this.runs = runs;
        this.staff = staff;
        this.messages = messages;
        this.clock = clock;
    }

    @ModelAttribute
    void administratorOnly() {
        staff.requireAdministrator("CREDITING_ADMIN_ONLY");
    }

    @GetMapping
    String page(Model model) {
        return page(model, lastMonth().toString(), Map.of());
    }

    /** The newest run's progress, for the page's refresh; {@code run: null} before the first run. */
    @GetMapping(value = "/progress", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, @Nullable Object> progress() {
        Map<String, @Nullable Object> out = new LinkedHashMap<>();
        out.put("run", runs.latest(1).stream().findFirst().map(this::json).orElse(null));
        return out;
    }

    @PostMapping
    String start(@RequestParam(defaultValue = "") String month,
                 @RequestParam(name = Confirmation.PARAMETER, required = false) @Nullable String confirmed,
                 Model model, RedirectAttributes flash) {
        try {
            YearMonth chosen = parse(month);
            if (!Confirmation.given(confirmed)) {
                runs.requireCreditable(chosen);
                return new Confirmation(messages.text("crediting.confirm.title", chosen.toString()),
                        messages.text("crediting.confirm.consequence", chosen.toString()),
                        "/staff/admin/crediting?month=" + chosen, messages.text("crediting.confirm.button"),
                        "/staff/admin/crediting").show(model);
            }
            CreditingRuns.Start start = runs.start(chosen, staff.login());
            flash.addFlashAttribute("flash", start.joined()
                    ? messages.text("crediting.joined", chosen.toString(), start.run().startedBy())
                    : messages.text("crediting.started", chosen.toString()));
            return "redirect:/staff/admin/crediting";
        } catch (BusinessException e) {
            return page(model, month.length() <= 7 ? month : lastMonth().toString(), messages.byField(e));
        }
    }

    private String page(Model model, String month, Map<String, String> errors) {
        List<CreditingRun> latest = runs.latest(LISTED);
        model.addAttribute("current", latest.isEmpty() ? null : latest.get(0));
        model.addAttribute("runs", latest);
        model.addAttribute("month", month);
        model.addAttribute("maxMonth", lastMonth().toString());
        model.addAttribute("errors", errors);
        model.addAttribute("zone", BusinessTime.ZONE);
        return "account/crediting";
    }

    private YearMonth lastMonth() {
        return YearMonth.from(BusinessTime.today(clock)).minusMonths(1);
    }

    private static YearMonth parse(String month) {
        if (!MONTH.matcher(month).matches()) {
            throw BusinessException.invalid("month", "CREDITING_MONTH_FORMAT");
        }
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw BusinessException.invalid("month", "CREDITING_MONTH_FORMAT");
        }
    }

    private Map<String, @Nullable Object> json(CreditingRun run) {
        Map<String, @Nullable Object> out = new LinkedHashMap<>();
        out.put("id", run.id());
        out.put("month", run.month().toString());
        out.put("status", run.status().name());
        out.put("statusText", messages.text("crediting.status." + run.status().name()));
        out.put("due", run.due());
        out.put("done", run.done());
        out.put("percent", run.percent());
        out.put("credited", run.credited().toString());
        out.put("perSecond", run.perSecond());
        out.put("elapsedSeconds", run.elapsedSeconds());
        out.put("remainingSeconds", run.remainingSeconds());
        out.put("reasonText", run.reason() == null ? null : messages.text("crediting.reason." + run.reason().name()));
        return out;
    }
}
