import DossierKit
print("dossier")
