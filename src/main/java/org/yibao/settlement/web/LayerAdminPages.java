package org.yibao.settlement.web;

import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yibao.common.BusinessException;
import org.yibao.common.Problem;
import org.yibao.common.web.CurrentStaff;
import org.yibao.common.web.Messages;
import org.yibao.settlement.policy.LayerParameters;
import org.yibao.settlement.policy.LayerRule;

/**
 * 管理员维护大病保险、职工大额与医疗救助参数：修改一行须填原因，保存为新版本，可查看修改记录。列表在
 * {@code /staff/admin/policy} 与基本医保参数一起显示。
 */
@Controller
@RequestMapping("/staff/admin/policy/layers")
class LayerAdminPages {

    private final LayerParameters parameters;
    private final CurrentStaff staff;
    private final Messages messages;

    LayerAdminPages(LayerParameters parameters, CurrentStaff staff, Messages messages) {
        this.parameters = parameters;
        this.staff = staff;
        this.messages = messages;
    }

    @ModelAttribute
    void administratorOnly() {
        staff.requireAdministrator("POLICY_ADMIN_ONLY");
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        LayerRule rule = rule(id);
        model.addAttribute("form", LayerForm.of(rule));
        return show(rule, model);
    }

    @PostMapping("/{id}")
    String save(@PathVariable long id, @ModelAttribute("form") LayerForm form, Model model, RedirectAttributes flash) {
        LayerRule rule = rule(id);
        try {
            parameters.change(id, form.getVersion(), form.change(), staff.login());
            flash.addFlashAttribute("notice", messages.text("policy.notice.saved"));
            return "redirect:/staff/admin/policy/layers/" + id;
        } catch (BusinessException e) {
            model.addAttribute("errors", messages.byField(e));
            return show(rule, model);
        }
    }

    private String show(LayerRule rule, Model model) {
        model.addAttribute("rule", rule);
        model.addAttribute("history", parameters.history(rule.id()));
        model.asMap().putIfAbsent("errors", Map.of());
        return "settlement/layer-edit";
    }

    private LayerRule rule(long id) {
        return parameters.find(id).orElseThrow(() -> new BusinessException(Problem.NOT_FOUND, "POLICY_NOT_FOUND"));
    }
}
