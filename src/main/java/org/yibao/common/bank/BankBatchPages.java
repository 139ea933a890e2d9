package org.yibao.common.bank;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yibao.common.BusinessException;
import org.yibao.common.Problem;
import org.yibao.common.web.CurrentStaff;
import org.yibao.common.web.Messages;

/**
 * 银行批量代发（经办人员：本统筹区；管理员：全部）：排队等待代发的付款单及其笔数、总额；生成代发文件；批次列表；
 * 批次页下载代发文件、导入回盘文件并查看每笔的结果。
 */
@Controller
@RequestMapping("/staff/bank/batches")
class BankBatchPages {

    private static final int SHOWN = 100;

    private final BankBatches batches;
    private final BatchResults results;
    private final BankMode mode;
    private final CurrentStaff staff;
    private final Messages messages;

    BankBatchPages(BankBatches batches, BatchResults results, BankMode mode, CurrentStaff staff, Messages messages) {
        this.batches = batches;
        this.results = results;
        this.mode = mode;
        this.staff = staff;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        staff.login();
        String region = staff.regionCode().orElse(null);
        model.addAttribute("waiting", batches.waiting(region, SHOWN));
        model.addAttribute("batches", batches.recent(region, 50));
        model.addAttribute("batchMode", mode.batch());
        model.addAttribute("staffRegion", region);
        return "staff/bank/batches";
    }

    /** 生成代发文件：经办人为本统筹区，管理员为所填的统筹区。 */
    @PostMapping
    String generate(@RequestParam(defaultValue = "") String region, RedirectAttributes flash) {
        String login = staff.login();
        String forRegion = staff.regionCode().orElse(region.strip());
        try {
            if (!forRegion.matches("\\d{6}")) {
                throw BusinessException.invalid("region", "BANK_BATCH_REGION_REQUIRED");
            }
            BankBatches.Batch batch = batches.generate(login, forRegion);
            flash.addFlashAttribute("flash", messages.text("bank.batch.generated", batch.batchNo(), batch.count(),
                    batch.total()));
            return "redirect:/staff/bank/batches/" + batch.id();
        } catch (BusinessException e) {
            flash.addFlashAttribute("flash", messages.byField(e).values().iterator().next());
            flash.addFlashAttribute("flashError", true);
            return "redirect:/staff/bank/batches";
        }
    }

    @GetMapping("/{id:\\d{1,18}}")
    String batch(@PathVariable long id, Model model) {
        BankBatches.Batch batch = visible(id);
        model.addAttribute("batch", batch);
        model.addAttribute("lines", batches.lines(id));
        return "staff/bank/batch";
    }

    @GetMapping("/{id:\\d{1,18}}/file")
    ResponseEntity<byte[]> file(@PathVariable long id) {
        BankBatches.Batch batch = visible(id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(batch.batchNo() + ".txt", StandardCharsets.UTF_8).build().toString())
                .contentType(new MediaType("text", "plain", BatchFile.CHARSET))
                .body(batches.file(batch, staff.login()));
    }

    /** 导入回盘文件：至多 2 MB；整个文件通过检查才办理，否则指出行号，什么也不改。 */
    @PostMapping("/{id:\\d{1,18}}/result")
    String result(@PathVariable long id, @RequestParam(required = false) @Nullable MultipartFile file,
                  RedirectAttributes flash) {
        String login = staff.login();
        visible(id);
        try {
            BatchResults.Imported done = results.importResult(id, staff.regionCode().orElse(null), login, read(file));
            flash.addFlashAttribute("flash", messages.text("bank.batch.imported", done.paid(), done.refused(),
                    done.unchanged(), done.waiting()));
        } catch (BusinessException e) {
            if (e.problem() == Problem.NOT_FOUND) {
                throw e;
            }
            flash.addFlashAttribute("flash", messages.byField(e).values().iterator().next());
            flash.addFlashAttribute("flashError", true);
        }
        return "redirect:/staff/bank/batches/" + id;
    }

    private static byte[] read(@Nullable MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw BusinessException.invalid("file", "BANK_RESULT_EMPTY");
        }
        if (file.getSize() > BatchFile.MAX_BYTES) {
            throw BusinessException.invalid("file", "BANK_RESULT_TOO_LARGE", BatchFile.MAX_BYTES / 1024 / 1024);
        }
        try (InputStream in = file.getInputStream()) {
            return in.readNBytes(BatchFile.MAX_BYTES + 1);
        } catch (IOException e) {
            throw BusinessException.invalid("file", "BANK_RESULT_EMPTY");
        }
    }

    private BankBatches.Batch visible(long id) {
        staff.login();
        return batches.find(id, staff.regionCode().orElse(null))
                .orElseThrow(() -> new BusinessException(Problem.NOT_FOUND, "BANK_BATCH_NOT_FOUND"));
    }
}
