import DossierModel
import DossierExtraction

extension Registry {
    /// chart, dispersion, export: pictures and files.
    static var outputVerbs: [VerbSpec] { [OutputChart.spec, OutputDispersion.spec, OutputExport.spec] }
}
