package org.ctopath.competency.exchange;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.ctopath.competency.Framework;
import org.ctopath.platform.Messages;
import org.ctopath.platform.Option;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * Administration: export a framework as CSV or IMS CASE JSON, and import one; who may read the CASE
 * provider, and its own token ({@code /admin/framework/exchange}).
 */
@Named
@ViewScoped
public class ExchangeFramework implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FrameworkExchange exchange;

    @Inject
    CaseProvider caseProvider;

    @Inject
    org.ctopath.platform.Settings settings;

    private List<Option> frameworks;
    private String frameworkCode = Framework.CTO_PATH;
    private FrameworkExchange.Format format = FrameworkExchange.Format.CSV;
    private transient UploadedFile file;
    private final List<ImportProblem> problems = new ArrayList<>();
    private CaseProviderSetting.Access caseAccess;
    private String caseTokenStart;
    private java.time.Instant caseTokenMadeAt;
    private String newCaseToken; // shown once, on the answer that made it

    @PostConstruct
    void init() {
        frameworks = exchange.frameworks().stream().map(f -> new Option(f.getCode(), f.getName())).toList();
        readCaseSetting();
    }

    private void readCaseSetting() {
        CaseProviderSetting setting = caseProvider.setting();
        caseAccess = setting.getAccess();
        caseTokenStart = setting.getTokenStart();
        caseTokenMadeAt = setting.getTokenMadeAt();
    }

    /** Saves who may read the CASE provider. */
    public void saveCaseAccess() {
        caseProvider.choose(caseAccess);
        readCaseSetting();
        FacesContext.getCurrentInstance().addMessage("case-provider", new FacesMessage(FacesMessage.SEVERITY_INFO, // its own form's messages
                caseAccess == CaseProviderSetting.Access.PUBLIC ? "The CASE provider is open to anyone." : "The CASE provider now needs a token.", null));
    }

    /** Makes the provider's own token (the one before stops working) and shows it this once. */
    public void makeCaseToken() {
        newCaseToken = caseProvider.newToken();
        readCaseSetting();
    }

    /** Where CASE consumers start: the provider's list of documents under APP_URL. */
    public String getCaseAddress() {
        return settings.appUrl() + CaseUris.BASE_PATH + "/CFDocuments";
    }

    public CaseProviderSetting.Access getCaseAccess() {
        return caseAccess;
    }

    public void setCaseAccess(CaseProviderSetting.Access caseAccess) {
        this.caseAccess = caseAccess;
    }

    public String getCaseTokenStart() {
        return caseTokenStart;
    }

    public String getCaseTokenMadeAt() {
        return caseTokenMadeAt == null ? null : org.ctopath.platform.UtcTime.minute(caseTokenMadeAt);
    }

    public String getNewCaseToken() {
        return newCaseToken;
    }

    public StreamedContent getCsv() {
        return download(FrameworkExchange.Format.CSV);
    }

    public StreamedContent getCaseJson() {
        return download(FrameworkExchange.Format.CASE_JSON);
    }

    private StreamedContent download(FrameworkExchange.Format wanted) {
        byte[] content = exchange.export(frameworkCode, wanted).orElse(null);
        if (content == null) {
            Messages.error("There is no framework " + frameworkCode + ".");
            return null;
        }
        return DefaultStreamedContent.builder()
                .name(frameworkCode.toLowerCase() + (wanted == FrameworkExchange.Format.CSV ? ".csv" : ".case.json"))
                .contentType(wanted.contentType() + "; charset=UTF-8")
                .contentLength((long) content.length)
                .stream(() -> new ByteArrayInputStream(content))
                .build();
    }

    public void importFile() {
        problems.clear();
        if (file == null || file.getSize() == 0) {
            problems.add(ImportProblem.ofFile("Choose a file to import."));
            return;
        }
        if (file.getSize() > ImportFiles.MAX_BYTES) {
            problems.add(ImportProblem.ofFile("The file is larger than 2 MB; split it or leave out what has not changed."));
            return;
        }
        try {
            FrameworkExchange.Summary summary = exchange.importFramework(file.getContent(), format);
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    "Imported " + file.getFileName() + ": " + summary + ".", null));
            frameworks = exchange.frameworks().stream().map(f -> new Option(f.getCode(), f.getName())).toList();
        } catch (ImportRefused e) {
            problems.addAll(e.getProblems());
            Messages.error("Nothing was imported: " + e.getProblems().size() + " problem(s) in " + file.getFileName() + ", listed below.");
        }
    }

    public List<ImportProblem> getProblems() {
        return problems;
    }

    public List<Option> getFrameworks() {
        return frameworks;
    }

    public FrameworkExchange.Format[] getFormats() {
        return FrameworkExchange.Format.values();
    }

    public String getFrameworkCode() {
        return frameworkCode;
    }

    public void setFrameworkCode(String frameworkCode) {
        this.frameworkCode = frameworkCode;
    }

    public FrameworkExchange.Format getFormat() {
        return format;
    }

    public void setFormat(FrameworkExchange.Format format) {
        this.format = format;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
