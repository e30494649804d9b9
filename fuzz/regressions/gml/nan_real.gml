graph [ node [ id 1 x nan ] ]
