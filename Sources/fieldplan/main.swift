print("fieldplan")
